package vn.khuyenhoc.learningcentre;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.criteria.Assessment;
import vn.khuyenhoc.criteria.CriteriaSets;
import vn.khuyenhoc.criteria.RuleStyle;
import vn.khuyenhoc.criteria.ScoreSheet;
import vn.khuyenhoc.criteria.SetSummary;
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.learningcentre.centre.CentreRecords;
import vn.khuyenhoc.learningcentre.centre.CentreRecords.Centre;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;

/**
 * The annual rating of a centre (xếp loại tốt, khá, trung bình, yếu). Where a criteria set for TTHTCĐ is in force
 * for the centre's province that year (national or the province's own), the rating is the band the score sheet
 * reaches (below every band, or short of the pass mark: yếu) and cannot be typed in; otherwise it is recorded
 * directly. A year's rating may be recorded again; the audit keeps both.
 */
@Service
public class CentreRatings {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final CentreRecords records;
    private final CriteriaSets criteria;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;

    CentreRatings(CentreRecords records, CriteriaSets criteria, AreaGuard guard, ApplicationEventPublisher events) {
        this.records = records;
        this.criteria = criteria;
        this.guard = guard;
        this.events = events;
    }

    /** The rating recorded: the band and, when scored, the set and total. */
    public record Rated(long ratingId, Rating rating, Long criteriaSetId, Assessment assessment) {
    }

    /** The criteria set the centre's ratings of the year are scored with, if its province has one in force. */
    @Transactional(readOnly = true)
    public Optional<SetSummary> setFor(long centreId, int year) {
        Centre centre = records.centre(centreId).orElseThrow(() -> new NotFound("learning-centre", centreId));
        return setFor(centre, year);
    }

    @Transactional
    public Rated rate(long centreId, RatingForm form) {
        Centre centre = records.centre(centreId).orElseThrow(() -> new NotFound("learning-centre", centreId));
        guard.requireWrite(centre.communeId());
        if (form.year() == null) {
            throw new InvalidInput("learningcentre.rating.incomplete");
        }
        LearningCentres.requireOpenIn(centre, form.year());
        Optional<SetSummary> set = setFor(centre, form.year());
        Rated rated = set.map(s -> scored(centre, form, s)).orElseGet(() -> direct(centre, form));
        var before = records.rating(centreId, form.year()).map(r -> Map.<String, Object>of("rating", r.rating()))
                .orElse(null);
        var after = new HashMap<String, Object>(Map.of("centre", centreId, "year", form.year(), "rating",
                rated.rating().name()));
        if (rated.criteriaSetId() != null) {
            after.put("criteriaSet", rated.criteriaSetId());
            after.put("total", rated.assessment().total());
        }
        events.publishEvent(new CentreChanged("rating", rated.ratingId(), "record", centre.communeId(), before, after,
                List.of()));
        return rated;
    }

    private Rated direct(Centre centre, RatingForm form) {
        if (form.rating() == null) {
            throw new InvalidInput("learningcentre.rating.missing");
        }
        long id = records.saveRating(centre.id(), form.year(), form.rating().name(), null, null, null,
                guard.requireUser().id());
        return new Rated(id, form.rating(), null, null);
    }

    private Rated scored(Centre centre, RatingForm form, SetSummary set) {
        long setId = set.id();
        if (form.rating() != null && (form.points() == null || form.points().isEmpty())) {
            throw new InvalidInput("learningcentre.rating.scoredInProvince");
        }
        if (set.style() != RuleStyle.POINTS) {
            throw new InvalidInput("learningcentre.rating.setWithoutBands");
        }
        var sheet = new ScoreSheet(form.points(), form.met(), Map.of());
        Assessment assessment = criteria.score(setId, sheet);
        Rating rating = assessment.achieved() ? Rating.ofBand(assessment.band())
                .orElseThrow(() -> new InvalidInput("learningcentre.rating.setWithoutBands")) : Rating.WEAK;
        long id = records.saveRating(centre.id(), form.year(), rating.name(), setId, assessment.total(),
                JSON.writeValueAsString(Map.of("points", sheet.points(), "met", sheet.met())), guard.requireUser().id());
        return new Rated(id, rating, setId, assessment);
    }

    private Optional<SetSummary> setFor(Centre centre, int year) {
        Long province = records.provinceOf(centre.communeId()).orElse(null);
        return criteria.inForce(Title.TTHTCD, year, null, province).stream().findFirst();
    }
}

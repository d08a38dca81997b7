package vn.khuyenhoc.learningcentre;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.Units;
import vn.khuyenhoc.learningcentre.centre.CentreRecords;
import vn.khuyenhoc.learningcentre.centre.CentreRecords.Centre;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.shared.Text;

/**
 * The community learning centres (TTHTCĐ): opening one in a commune, its director, its activities and the learner
 * visits of a year. Each change is checked by the guard against the centre's commune and audited in the same
 * transaction. Ratings are {@link CentreRatings}' job, mergers {@link CentreMergers}'.
 */
@Service
public class LearningCentres {

    private final CentreRecords records;
    private final AreaGuard guard;
    private final Units units;
    private final ApplicationEventPublisher events;

    LearningCentres(CentreRecords records, AreaGuard guard, Units units, ApplicationEventPublisher events) {
        this.records = records;
        this.guard = guard;
        this.units = units;
        this.events = events;
    }

    @Transactional
    public long open(CentreForm form) {
        if (form.communeId() == null || form.validFrom() == null) {
            throw new InvalidInput("learningcentre.centre.incomplete");
        }
        guard.requireWrite(form.communeId());
        units.on(form.communeId(), form.validFrom()).filter(u -> u.kind() == UnitKind.COMMUNE)
                .orElseThrow(() -> new InvalidInput("learningcentre.centre.notACommune"));
        if (records.anyFrom(form.communeId(), form.validFrom())) {
            throw new InvalidInput("learningcentre.centre.exists");
        }
        if (form.foundedOn() != null && form.foundedOn().isAfter(form.validFrom())) {
            throw new InvalidInput("learningcentre.centre.foundedLater");
        }
        long id = records.insertCentre(form.communeId(), requireText(form.name()), form.foundedOn(), form.validFrom());
        var after = new HashMap<String, Object>(Map.of("commune", form.communeId(), "validFrom",
                form.validFrom().toString()));
        if (form.foundedOn() != null) {
            after.put("foundedOn", form.foundedOn().toString());
        }
        events.publishEvent(new CentreChanged("centre", id, "open", form.communeId(), after));
        return id;
    }

    /** Sets the director: a registry person within the writer's reach, or only a name; neither clears it. */
    @Transactional
    public void appointDirector(long centreId, DirectorForm form) {
        Centre centre = writable(centreId);
        String name = Text.normaliseOrNull(form.name());
        if (form.personId() != null && name != null) {
            throw new InvalidInput("learningcentre.director.personOrName");
        }
        if (form.personId() != null && !guard.allows("person", form.personId(), false)
                .orElseThrow(() -> new NotFound("person", form.personId()))) {
            throw new AccessDenied();
        }
        records.setDirector(centreId, form.personId(), name);
        events.publishEvent(new CentreChanged("centre", centreId, "director", centre.communeId(),
                director(centre.directorPersonId(), centre.directorName()), director(form.personId(), name),
                java.util.List.of()));
    }

    @Transactional
    public long recordActivity(long centreId, ActivityForm form) {
        Centre centre = writable(centreId);
        if (form.kind() == null || form.topic() == null || form.startsOn() == null || form.participants() == null
                || form.participants() < 0) {
            throw new InvalidInput("learningcentre.activity.incomplete");
        }
        if (form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            throw new InvalidInput("learningcentre.activity.endsBeforeStart");
        }
        requireOpenOn(centre, form.startsOn());
        long id = records.insertActivity(centreId, form.kind().name(), form.topic().name(), requireText(form.title()),
                form.startsOn(), form.endsOn(), form.participants(), guard.requireUser().id());
        events.publishEvent(new CentreChanged("activity", id, "record", centre.communeId(), Map.of("centre", centreId,
                "kind", form.kind().name(), "topic", form.topic().name(), "startsOn", form.startsOn().toString(),
                "participants", form.participants())));
        return id;
    }

    /** Removes an activity recorded by mistake; the audit keeps what it was. */
    @Transactional
    public void removeActivity(long centreId, long activityId) {
        Centre centre = writable(centreId);
        var activity = records.activity(activityId).filter(a -> a.centreId() == centreId)
                .orElseThrow(() -> new NotFound("learning-centre-activity", activityId));
        records.deleteActivity(activityId);
        events.publishEvent(new CentreChanged("activity", activityId, "remove", centre.communeId(), Map.of("centre",
                centreId, "kind", activity.kind(), "topic", activity.topic(), "startsOn", activity.startsOn().toString(),
                "participants", activity.participants()), null, java.util.List.of()));
    }

    /** Enters the learner visits of a year as the centre reports them; null returns to the activities' sum. */
    @Transactional
    public void recordVisits(long centreId, int year, Integer visits) {
        Centre centre = writable(centreId);
        if (visits != null && visits < 0) {
            throw new InvalidInput("learningcentre.visits.negative");
        }
        requireOpenIn(centre, year);
        Integer before = records.visits(centreId, year).orElse(null);
        records.setVisits(centreId, year, visits);
        var was = new HashMap<String, Object>(Map.of("year", year));
        was.put("visits", before);
        var now = new HashMap<String, Object>(Map.of("year", year));
        now.put("visits", visits);
        events.publishEvent(new CentreChanged("visits", centreId, "record", centre.communeId(), was, now,
                java.util.List.of()));
    }

    private Centre writable(long centreId) {
        Centre centre = records.centre(centreId).orElseThrow(() -> new NotFound("learning-centre", centreId));
        guard.requireWrite(centre.communeId());
        return centre;
    }

    private static void requireOpenOn(Centre centre, LocalDate day) {
        if (day.isBefore(centre.validFrom()) || (centre.validTo() != null && day.isAfter(centre.validTo()))) {
            throw new InvalidInput("learningcentre.centre.closedThen");
        }
    }

    static void requireOpenIn(Centre centre, int year) {
        if (year < centre.validFrom().getYear() || (centre.validTo() != null && year > centre.validTo().getYear())
                || year > LocalDate.now().getYear()) {
            throw new InvalidInput("learningcentre.centre.notInYear", String.valueOf(year));
        }
    }

    private static Map<String, Object> director(Long personId, String name) {
        var map = new HashMap<String, Object>();
        map.put("person", personId);
        map.put("named", name != null);
        return map;
    }

    static String requireText(String text) {
        String normalised = Text.normaliseOrNull(text);
        if (normalised == null) {
            throw new InvalidInput("learningcentre.nameMissing");
        }
        return normalised;
    }
}

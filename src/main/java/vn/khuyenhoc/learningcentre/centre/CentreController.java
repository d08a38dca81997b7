package vn.khuyenhoc.learningcentre.centre;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.learningcentre.ActivityForm;
import vn.khuyenhoc.learningcentre.ActivityKind;
import vn.khuyenhoc.learningcentre.CentreRatings;
import vn.khuyenhoc.learningcentre.DirectorForm;
import vn.khuyenhoc.learningcentre.LearningCentres;
import vn.khuyenhoc.learningcentre.Rating;
import vn.khuyenhoc.learningcentre.RatingForm;
import vn.khuyenhoc.learningcentre.Topic;
import vn.khuyenhoc.registry.Persons;
import vn.khuyenhoc.shared.NotFound;

/**
 * One centre's page: its director, predecessors and successor, figures and rating by year, activities, and the
 * forms its commune's managers use: director, an activity, the year's visits, the year's rating.
 */
@Controller
@RequestMapping("/learning-centres/{id}")
class CentreController {

    private final CentreQueries queries;
    private final RatingSheet ratingSheet;
    private final CentreSheets sheets;
    private final LearningCentres centres;
    private final CentreRatings ratings;
    private final AreaGuard guard;
    private final Persons persons;

    CentreController(CentreQueries queries, RatingSheet ratingSheet, CentreSheets sheets, LearningCentres centres,
                     CentreRatings ratings, AreaGuard guard, Persons persons) {
        this.persons = persons;
        this.queries = queries;
        this.ratingSheet = ratingSheet;
        this.sheets = sheets;
        this.centres = centres;
        this.ratings = ratings;
        this.guard = guard;
    }

    @GetMapping
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "learning-centre")
    String detail(@PathVariable long id, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) Integer ratingYear, Model model) {
        var centre = queries.find(id).orElseThrow(() -> new NotFound("learning-centre", id));
        int rated = ratingYear == null ? defaultYear(centre, 1) : ratingYear;
        int shown = year == null ? defaultYear(centre, 0) : year;
        model.addAttribute("centre", centre);
        model.addAttribute("predecessors", queries.predecessors(id));
        model.addAttribute("successors", queries.successors(id));
        model.addAttribute("years", queries.years(id));
        model.addAttribute("year", shown);
        model.addAttribute("activities", queries.activities(id, shown));
        model.addAttribute("canWrite", guard.canWrite(centre.communeId()));
        model.addAttribute("ratingYear", rated);
        model.addAttribute("ratingSet", ratingSheet.of(ratings.setFor(id, rated)).orElse(null));
        model.addAttribute("ratingValues", Rating.values());
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("topics", Topic.values());
        model.addAttribute("today", LocalDate.now());
        return "learningcentre/detail";
    }

    @GetMapping("/activities/export")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "learning-centre")
    void exportActivities(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
        sheets.activities(response, queries.activities(id, null), locale);
    }

    @GetMapping("/persons")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "learning-centre", write = true)
    String persons(@PathVariable long id, @RequestParam(defaultValue = "") String q, Model model) {
        var centre = queries.find(id).orElseThrow(() -> new NotFound("learning-centre", id));
        model.addAttribute("persons", persons.searchInCommune(centre.communeId(), q));
        return "learningcentre/forms :: persons";
    }

    @PostMapping("/director")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "learning-centre", write = true)
    String director(@PathVariable long id, @ModelAttribute DirectorForm form) {
        centres.appointDirector(id, form);
        return "redirect:/learning-centres/" + id;
    }

    @PostMapping("/activities")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "learning-centre", write = true)
    String activity(@PathVariable long id, @Valid @ModelAttribute ActivityForm form) {
        centres.recordActivity(id, form);
        return "redirect:/learning-centres/" + id;
    }

    @PostMapping("/activities/{activityId}/remove")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "learning-centre", write = true)
    String removeActivity(@PathVariable long id, @PathVariable long activityId) {
        centres.removeActivity(id, activityId);
        return "redirect:/learning-centres/" + id;
    }

    @PostMapping("/visits")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "learning-centre", write = true)
    String visits(@PathVariable long id, @RequestParam int year, @RequestParam(required = false) Integer visits) {
        centres.recordVisits(id, year, visits);
        return "redirect:/learning-centres/" + id;
    }

    @PostMapping("/ratings")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "learning-centre", write = true)
    String rate(@PathVariable long id, @RequestParam int year, @RequestParam(required = false) Rating rating,
                @RequestParam Map<String, String> parameters) {
        ratings.rate(id, new RatingForm(year, rating, RatingSheet.points(parameters), RatingSheet.met(parameters)));
        return "redirect:/learning-centres/" + id + "?ratingYear=" + year;
    }

    /** This year less {@code back} (last year's rating is the one usually recorded), within the centre's years. */
    private static int defaultYear(CentreQueries.CentreDetail centre, int back) {
        int last = LocalDate.now().getYear() - back;
        int year = centre.validTo() != null ? Math.min(last, centre.validTo().getYear()) : last;
        return Math.max(year, centre.validFrom().getYear());
    }
}

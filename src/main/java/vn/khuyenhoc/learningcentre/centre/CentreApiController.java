package vn.khuyenhoc.learningcentre.centre;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.learningcentre.ActivityForm;
import vn.khuyenhoc.learningcentre.CentreForm;
import vn.khuyenhoc.learningcentre.CentreMergers;
import vn.khuyenhoc.learningcentre.CentreRatings;
import vn.khuyenhoc.learningcentre.DirectorForm;
import vn.khuyenhoc.learningcentre.LearningCentres;
import vn.khuyenhoc.learningcentre.RatingForm;
import vn.khuyenhoc.shared.NotFound;

/** Community learning centres as JSON, with the same rules as the pages. */
@RestController
@RequestMapping("/api/v1/learning-centres")
class CentreApiController {

    private final CentreQueries queries;
    private final CentreFigures figures;
    private final LearningCentres centres;
    private final CentreRatings ratings;
    private final CentreMergers mergers;

    CentreApiController(CentreQueries queries, CentreFigures figures, LearningCentres centres, CentreRatings ratings,
                        CentreMergers mergers) {
        this.queries = queries;
        this.figures = figures;
        this.centres = centres;
        this.ratings = ratings;
        this.mergers = mergers;
    }

    record Centre(CentreQueries.CentreDetail centre, List<CentreQueries.LinkRow> predecessors,
                  List<CentreQueries.LinkRow> successors, List<CentreQueries.YearRow> years,
                  List<CentreQueries.ActivityRow> activities) {
    }

    record Visits(int year, Integer visits) {
    }

    @GetMapping
    @Operation(summary = "The centres of the caller's area during a year (this year by default), with rating, classes and visits")
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER})
    List<CentreQueries.CentreRow> list(@RequestParam(required = false) Integer year) {
        return queries.centres(queries.prefixes(), year == null ? LocalDate.now().getYear() : year);
    }

    @PostMapping
    @Operation(summary = "Opens the centre of a commune")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, write = true)
    ResponseEntity<Map<String, Long>> open(@Valid @RequestBody CentreForm form) {
        long id = centres.open(form);
        return ResponseEntity.created(URI.create("/api/v1/learning-centres/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A centre with its lineage, figures and rating by year, and activities")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "learning-centre")
    Centre get(@PathVariable long id) {
        var centre = queries.find(id).orElseThrow(() -> new NotFound("learning-centre", id));
        return new Centre(centre, queries.predecessors(id), queries.successors(id), queries.years(id),
                queries.activities(id, null));
    }

    @PutMapping("/{id}/director")
    @Operation(summary = "Sets the director: a registry person or a name")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "learning-centre", write = true)
    ResponseEntity<Void> director(@PathVariable long id, @Valid @RequestBody DirectorForm form) {
        centres.appointDirector(id, form);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/activities")
    @Operation(summary = "Records a class or topic session with its participants")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "learning-centre", write = true)
    ResponseEntity<Map<String, Long>> activity(@PathVariable long id, @Valid @RequestBody ActivityForm form) {
        return ResponseEntity.status(201).body(Map.of("id", centres.recordActivity(id, form)));
    }

    @DeleteMapping("/{id}/activities/{activityId}")
    @Operation(summary = "Removes an activity recorded by mistake")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "learning-centre", write = true)
    ResponseEntity<Void> removeActivity(@PathVariable long id, @PathVariable long activityId) {
        centres.removeActivity(id, activityId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/visits")
    @Operation(summary = "Enters the learner visits of a year (null: the activities' participants count)")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "learning-centre", write = true)
    ResponseEntity<Void> visits(@PathVariable long id, @RequestBody Visits visits) {
        centres.recordVisits(id, visits.year(), visits.visits());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/ratings")
    @Operation(summary = "Rates a year: scored with the province's criteria set for TTHTCĐ, or given directly without one")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "learning-centre", write = true)
    CentreRatings.Rated rate(@PathVariable long id, @Valid @RequestBody RatingForm form) {
        return ratings.rate(id, form);
    }

    @PostMapping("/mergers")
    @Operation(summary = "Merges the centres of the communes geography merged into the successor on the day")
    @Access(value = {ADMIN, PROVINCE_OFFICER}, area = "successor", write = true)
    CentreMergers.Merged merge(@RequestParam long successor,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effective) {
        return mergers.followLineage(successor, effective);
    }

    @GetMapping("/figures")
    @Operation(summary = "An area's centres, ratings by band, classes and learner visits in a year")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "unit")
    CentreFigures.Figures figures(@RequestParam long unit, @RequestParam int year) {
        return figures.figures(queries.unitPrefixes(unit), year);
    }
}

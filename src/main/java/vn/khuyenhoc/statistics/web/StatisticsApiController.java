package vn.khuyenhoc.statistics.web;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.statistics.AnnualReport;
import vn.khuyenhoc.statistics.AreaFigures;
import vn.khuyenhoc.statistics.BoundaryView;
import vn.khuyenhoc.statistics.CitizenGroupFigures;
import vn.khuyenhoc.statistics.Findings;
import vn.khuyenhoc.statistics.GroupFigure;
import vn.khuyenhoc.statistics.Reports;
import vn.khuyenhoc.statistics.ReturnForm;
import vn.khuyenhoc.statistics.Returns;
import vn.khuyenhoc.statistics.Statistics;
import vn.khuyenhoc.statistics.TargetForm;
import vn.khuyenhoc.statistics.Targets;

/** Figures, findings, returns, targets and the annual report as JSON, with the same rules as the pages. */
@RestController
@RequestMapping("/api/v1/statistics")
class StatisticsApiController {

    private final Statistics statistics;
    private final Findings findings;
    private final Returns returns;
    private final Targets targets;
    private final Reports reports;
    private final FindingLines lines;
    private final CitizenGroupFigures citizenGroups;

    StatisticsApiController(Statistics statistics, Findings findings, Returns returns, Targets targets,
                            Reports reports, FindingLines lines, CitizenGroupFigures citizenGroups) {
        this.citizenGroups = citizenGroups;
        this.statistics = statistics;
        this.findings = findings;
        this.returns = returns;
        this.targets = targets;
        this.reports = reports;
        this.lines = lines;
    }

    @GetMapping("/areas/{id}/figures")
    @Operation(summary = "An area's and its child areas' counts for a year and title, in either boundary view")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id")
    AreaFigures figures(@PathVariable long id, @RequestParam int year, @RequestParam(defaultValue = "GIA_DINH") String title,
                        @RequestParam(defaultValue = "AS_THE_MAP_WAS") BoundaryView view) {
        return statistics.figures(id, year, title, view);
    }

    @GetMapping("/areas/{id}/citizen-groups")
    @Operation(summary = "An area's learning citizens by target group for a year, in either boundary view")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id")
    List<GroupFigure> citizenGroups(@PathVariable long id, @RequestParam int year,
                                    @RequestParam(defaultValue = "AS_THE_MAP_WAS") BoundaryView view) {
        return citizenGroups.of(id, year, view);
    }

    @GetMapping("/areas/{id}/findings")
    @Operation(summary = "What the validation rules found on the figures under an area in a year")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id")
    List<FindingLines.Line> findings(@PathVariable long id, @RequestParam int year) {
        return lines.of(findings.of(id, year));
    }

    @GetMapping("/areas/{id}/report")
    @Operation(summary = "The annual report: the submitted (locked) one if any, else the live figures")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id")
    AnnualReport report(@PathVariable long id, @RequestParam int year) {
        return reports.submitted(id, year).map(Reports.Submitted::report).orElseGet(() -> reports.live(id, year));
    }

    @PostMapping("/areas/{id}/report/submit")
    @Operation(summary = "Submits the annual report to the level above; its figures are then locked")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", write = true)
    Map<String, Long> submit(@PathVariable long id, @RequestParam int year) {
        return Map.of("id", reports.submit(id, year));
    }

    @PostMapping("/areas/{id}/returns")
    @Operation(summary = "Files an aggregate return for the area or a unit inside it")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id", write = true)
    ResponseEntity<Map<String, Long>> file(@PathVariable long id, @Valid @RequestBody ReturnForm form) {
        return ResponseEntity.ok(Map.of("id", returns.file(form)));
    }

    @PostMapping("/areas/{id}/targets")
    @Operation(summary = "Sets the area's own target for a title by a year")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", write = true)
    Map<String, Long> target(@PathVariable long id, @Valid @RequestBody TargetForm form) {
        if (form.unitId() != id) {
            throw new InvalidInput("statistics.target.incomplete");
        }
        return Map.of("id", targets.set(form));
    }

    @PostMapping("/recompute/{year}")
    @Operation(summary = "Rebuilds a year's counts from the published views (administrators)")
    @Access(value = ADMIN, write = true)
    Map<String, Integer> recompute(@PathVariable int year) {
        return Map.of("rows", statistics.recompute(year));
    }
}

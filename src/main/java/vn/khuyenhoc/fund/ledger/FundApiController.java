package vn.khuyenhoc.fund.ledger;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.fund.CorrectionForm;
import vn.khuyenhoc.fund.EntryForm;
import vn.khuyenhoc.fund.FundForm;
import vn.khuyenhoc.fund.Funds;
import vn.khuyenhoc.shared.NotFound;

/** Funds, their ledgers, balances and year reports as JSON, with the same rules as the pages. Amounts in đồng. */
@RestController
@RequestMapping("/api/v1/funds")
class FundApiController {

    private final Funds funds;
    private final LedgerQueries ledger;
    private final ReportQueries reports;
    private final AreaGuard guard;

    FundApiController(Funds funds, LedgerQueries ledger, ReportQueries reports, AreaGuard guard) {
        this.funds = funds;
        this.ledger = ledger;
        this.reports = reports;
        this.guard = guard;
    }

    record Ledger(LedgerQueries.FundRow fund, LedgerQueries.Balance balance, List<LedgerQueries.Line> entries) {
    }

    record Closing(int year) {
    }

    @GetMapping
    @Operation(summary = "Funds the caller reads")
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER})
    List<LedgerQueries.FundRow> list() {
        var user = guard.requireUser();
        return ledger.funds(AreaGuard.likePrefixes(guard.scopePaths(user)), user.isAdmin() ? null : user.unitId());
    }

    @PostMapping
    @Operation(summary = "Opens the fund of an association unit with its opening cash balance")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, write = true)
    ResponseEntity<Map<String, Long>> open(@Valid @RequestBody FundForm form) {
        long id = funds.open(form);
        return ResponseEntity.created(URI.create("/api/v1/funds/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A fund's entries (filtered by year and kind) and its balance on a day (today by default)")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "fund")
    Ledger get(@PathVariable long id, @RequestParam(required = false) Integer year,
               @RequestParam(required = false) String kind,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        var fund = ledger.fund(id).orElseThrow(() -> new NotFound("fund", id));
        return new Ledger(fund, ledger.balanceAt(id, on == null ? LocalDate.now() : on), ledger.lines(id, year, kind));
    }

    @PostMapping("/{id}/entries")
    @Operation(summary = "Records a donation or a payment")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "fund", write = true)
    ResponseEntity<Map<String, Long>> record(@PathVariable long id, @Valid @RequestBody EntryForm form) {
        long entry = funds.record(id, form);
        return ResponseEntity.created(URI.create("/api/v1/funds/entries/" + entry)).body(Map.of("id", entry));
    }

    @GetMapping("/entries/{id}")
    @Operation(summary = "One entry")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "fund-entry")
    LedgerQueries.Line entry(@PathVariable long id) {
        return ledger.line(id).orElseThrow(() -> new NotFound("fund-entry", id));
    }

    @PostMapping("/entries/{id}/corrections")
    @Operation(summary = "Corrects an entry: a reversing entry and, when given, its replacement")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "fund-entry", write = true)
    Map<String, List<Long>> correct(@PathVariable long id, @Valid @RequestBody CorrectionForm form) {
        return Map.of("ids", funds.correct(id, form));
    }

    @PostMapping("/{id}/closings")
    @Operation(summary = "Closes the books of every year up to the one given")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "fund", write = true)
    ResponseEntity<Void> close(@PathVariable long id, @RequestBody Closing closing) {
        funds.closeThrough(id, closing.year());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/report")
    @Operation(summary = "The year's report: opening, raised, spent by kind, people supported, closing")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "fund")
    YearReport report(@PathVariable long id, @RequestParam int year) {
        return reports.year(id, year);
    }

    @GetMapping("/figures")
    @Operation(summary = "Raised, spent and people supported by the funds of an area in a year")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "unit")
    ReportQueries.Figures figures(@RequestParam long unit, @RequestParam int year) {
        return reports.figures(AreaGuard.likePrefixes(ledger.unitPaths(unit)), year);
    }
}

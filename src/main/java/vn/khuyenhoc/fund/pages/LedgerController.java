package vn.khuyenhoc.fund.pages;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.khuyenhoc.fund.EntryKind;
import vn.khuyenhoc.fund.FundForm;
import vn.khuyenhoc.fund.Funds;
import vn.khuyenhoc.fund.ledger.LedgerQueries;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.web.Htmx;

/** The funds the user reads (and opening one), and one fund's ledger filtered by year and kind with its balance on a chosen day. */
@Controller
@RequestMapping("/fund")
class LedgerController {

    private final LedgerQueries ledger;
    private final Funds funds;
    private final AreaGuard guard;

    LedgerController(LedgerQueries ledger, Funds funds, AreaGuard guard) {
        this.ledger = ledger;
        this.funds = funds;
        this.guard = guard;
    }

    @GetMapping
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER})
    String list(Model model) {
        var user = guard.requireUser();
        String[] prefixes = AreaGuard.likePrefixes(guard.scopePaths(user));
        model.addAttribute("funds", ledger.funds(prefixes, user.isAdmin() ? null : user.unitId()));
        model.addAttribute("openable", user.role().readOnly() ? java.util.List.of()
                : ledger.associationsWithoutFund(prefixes));
        model.addAttribute("today", LocalDate.now());
        return "fund/list";
    }

    @PostMapping
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, write = true)
    String open(@ModelAttribute FundForm form) {
        return "redirect:/fund/" + funds.open(form);
    }

    @GetMapping("/{id}")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "fund")
    String ledger(@PathVariable long id, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) EntryKind kind,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                  Model model, HttpServletRequest request) {
        var fund = ledger.fund(id).orElseThrow(() -> new NotFound("fund", id));
        LocalDate day = on == null ? LocalDate.now() : on;
        model.addAttribute("fund", fund);
        model.addAttribute("year", year);
        model.addAttribute("kind", kind);
        model.addAttribute("on", day);
        model.addAttribute("kinds", Arrays.asList(EntryKind.values()));
        model.addAttribute("years", ledger.years(id));
        model.addAttribute("balance", ledger.balanceAt(id, day));
        model.addAttribute("lines", ledger.lines(id, year, kind == null ? null : kind.name()));
        model.addAttribute("canWrite", fund.endedOn() == null && guard.canWrite(fund.geoUnitId()));
        return Htmx.view(request, "fund/ledger", "entries");
    }
}

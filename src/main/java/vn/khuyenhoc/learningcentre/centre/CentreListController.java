package vn.khuyenhoc.learningcentre.centre;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.learningcentre.CentreForm;
import vn.khuyenhoc.learningcentre.CentreMergers;
import vn.khuyenhoc.learningcentre.LearningCentres;
import vn.khuyenhoc.web.Htmx;

/**
 * The centres of the user's area in a year (a branch officer reads their commune's) with the area's figures line
 * ("29/130 trung tâm xếp loại tốt, 77/130 khá"), its Excel export, opening a centre and following a merger.
 */
@Controller
@RequestMapping("/learning-centres")
class CentreListController {

    private final CentreQueries queries;
    private final CentreFigures figures;
    private final CentreSheets sheets;
    private final LearningCentres centres;
    private final CentreMergers mergers;
    private final AreaGuard guard;

    CentreListController(CentreQueries queries, CentreFigures figures, CentreSheets sheets, LearningCentres centres,
                         CentreMergers mergers, AreaGuard guard) {
        this.queries = queries;
        this.figures = figures;
        this.sheets = sheets;
        this.centres = centres;
        this.mergers = mergers;
        this.guard = guard;
    }

    @GetMapping
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER})
    String list(@RequestParam(required = false) Integer year, Model model, HttpServletRequest request) {
        int shown = year == null ? LocalDate.now().getYear() : year;
        String[] prefixes = queries.prefixes();
        var role = guard.requireUser().role();
        model.addAttribute("year", shown);
        model.addAttribute("centres", queries.centres(prefixes, shown));
        model.addAttribute("figures", figures.figures(prefixes, shown));
        model.addAttribute("openable", role == ADMIN || role == PROVINCE_OFFICER || role == COMMUNE_OFFICER
                ? queries.communesWithoutCentre(prefixes) : List.of());
        model.addAttribute("mergers", role == ADMIN || role == PROVINCE_OFFICER ? queries.pendingMergers(prefixes)
                : List.of());
        return Htmx.view(request, "learningcentre/list", "centres");
    }

    @GetMapping("/export")
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER})
    void export(@RequestParam(required = false) Integer year, HttpServletResponse response, Locale locale)
            throws IOException {
        int shown = year == null ? LocalDate.now().getYear() : year;
        sheets.centres(response, queries.centres(queries.prefixes(), shown), shown, locale);
    }

    @PostMapping
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, write = true)
    String open(@Valid @ModelAttribute CentreForm form) {
        return "redirect:/learning-centres/" + centres.open(form);
    }

    @PostMapping("/mergers")
    @Access(value = {ADMIN, PROVINCE_OFFICER}, area = "successor", write = true)
    String merge(@RequestParam long successor,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effective) {
        return "redirect:/learning-centres/" + mergers.followLineage(successor, effective).centreId();
    }
}

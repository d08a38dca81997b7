package vn.khuyenhoc.geography.unit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.web.Htmx;

/**
 * Browsing the map: the tree as of a date (one level per request, opened with htmx), search without
 * diacritics, and a unit's history. Everyone browses within their own area.
 */
@Controller
@RequestMapping("/geography/units")
class UnitController {

    private final UnitQueries queries;
    private final UnitHistory history;
    private final AreaGuard guard;

    UnitController(UnitQueries queries, UnitHistory history, AreaGuard guard) {
        this.queries = queries;
        this.history = history;
        this.guard = guard;
    }

    @GetMapping
    @Access(allRoles = true)
    String tree(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                Model model) {
        LocalDate date = on == null ? LocalDate.now() : on;
        model.addAttribute("on", date);
        model.addAttribute("units", queries.roots(scope(), date));
        return "geography/unit/tree";
    }

    @GetMapping("/{id}/children")
    @Access(allRoles = true, area = "id")
    String children(@PathVariable long id,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                    Model model) {
        LocalDate date = on == null ? LocalDate.now() : on;
        model.addAttribute("on", date);
        model.addAttribute("units", queries.children(id, scope(), date));
        return "geography/unit/tree :: level";
    }

    @GetMapping("/search")
    @Access(allRoles = true)
    String search(@RequestParam(defaultValue = "") String q,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                  Model model, HttpServletRequest request) {
        LocalDate date = on == null ? LocalDate.now() : on;
        model.addAttribute("on", date);
        model.addAttribute("q", q);
        model.addAttribute("results", queries.search(q, scope(), date));
        return Htmx.view(request, "geography/unit/search", "results");
    }

    @GetMapping("/{id}")
    @Access(allRoles = true, area = "id")
    String detail(@PathVariable long id, Model model) {
        var view = history.of(id);
        model.addAttribute("unit", view);
        model.addAttribute("ancestry", queries.ancestry(id, LocalDate.now()));
        model.addAttribute("canEdit", guard.canWrite(id));
        return "geography/unit/detail";
    }

    private List<String> scope() {
        return guard.currentScopePaths();
    }
}

package vn.khuyenhoc.geography.unit;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;

/** The map as JSON: the same reads as the pages, limited to the caller's area. */
@RestController
@RequestMapping("/api/v1/units")
class UnitApiController {

    private final UnitQueries queries;
    private final UnitHistory history;
    private final AreaGuard guard;

    UnitApiController(UnitQueries queries, UnitHistory history, AreaGuard guard) {
        this.queries = queries;
        this.history = history;
        this.guard = guard;
    }

    @GetMapping
    @Access(allRoles = true)
    List<UnitRow> roots(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return queries.roots(scope(), on == null ? LocalDate.now() : on);
    }

    @GetMapping("/{id}/children")
    @Access(allRoles = true, area = "id")
    List<UnitRow> children(@PathVariable long id,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return queries.children(id, scope(), on == null ? LocalDate.now() : on);
    }

    @GetMapping("/search")
    @Access(allRoles = true)
    List<UnitRow> search(@RequestParam String q,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return queries.search(q, scope(), on == null ? LocalDate.now() : on);
    }

    @GetMapping("/{id}")
    @Access(allRoles = true, area = "id")
    UnitHistory.View history(@PathVariable long id) {
        return history.of(id);
    }

    private List<String> scope() {
        return guard.currentScopePaths();
    }
}

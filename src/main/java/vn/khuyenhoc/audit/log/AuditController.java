package vn.khuyenhoc.audit.log;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.web.Htmx;

/**
 * The audit log page: filters above, entries below; htmx swaps only the entries when a filter changes. A chosen
 * unit must lie in the reader's area (checked by the guard on the {@code unit} parameter).
 */
@Controller
@RequestMapping(AuditController.PATH)
class AuditController {

    static final String PATH = "/audit";
    private final AuditQueries queries;
    private final AreaGuard guard;

    AuditController(AuditQueries queries, AreaGuard guard) {
        this.queries = queries;
        this.guard = guard;
    }

    @GetMapping
    @Access(value = {Role.ADMIN, Role.PROVINCE_OFFICER}, area = "unit")
    String list(@ModelAttribute("filter") AuditFilter filter, Model model, HttpServletRequest request) {
        CurrentUser reader = guard.requireUser();
        model.addAttribute("page", queries.find(filter, reader));
        model.addAttribute("units", queries.unitChoices(reader, filter.unit()));
        return Htmx.view(request, "audit/log/list", "entries");
    }
}

package vn.khuyenhoc.audit.log;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.Role;

/** The audit log as JSON, with the page's filters and area rules; {@code nextBefore} fetches the next page. */
@RestController
class AuditApiController {

    private final AuditQueries queries;
    private final AreaGuard guard;

    AuditApiController(AuditQueries queries, AreaGuard guard) {
        this.queries = queries;
        this.guard = guard;
    }

    @GetMapping("/api/v1/audit")
    @Access(value = {Role.ADMIN, Role.PROVINCE_OFFICER}, area = "unit")
    AuditPage entries(@ModelAttribute AuditFilter filter) {
        return queries.find(filter, guard.requireUser());
    }
}

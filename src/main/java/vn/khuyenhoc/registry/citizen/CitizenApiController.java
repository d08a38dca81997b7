package vn.khuyenhoc.registry.citizen;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.UNIT_OFFICER;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.registry.common.PageOf;

/** The citizens list as JSON, with the same filters and paging as the page. */
@RestController
class CitizenApiController {

    private final CitizenQueries queries;

    CitizenApiController(CitizenQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/citizens")
    @Operation(summary = "Citizens of the caller's area: filter by unit, source, targetGroup, q; 50 a page from 0")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, UNIT_OFFICER}, area = "unit")
    PageOf<CitizenRow> list(@ModelAttribute CitizenFilter filter, @RequestParam(defaultValue = "0") int page) {
        return queries.page(filter, page);
    }
}

package vn.khuyenhoc.accounts.user;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.khuyenhoc.accounts.Access;

/**
 * Accounts as JSON, with the same rules as the pages: the list of the caller's area, and creating an account.
 * The answer to a creation carries the temporary password, once.
 */
@RestController
@RequestMapping("/api/v1/users")
@Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER})
class UserApiController {

    private final UserQueries queries;
    private final UserManagement management;

    UserApiController(UserQueries queries, UserManagement management) {
        this.queries = queries;
        this.management = management;
    }

    @GetMapping
    UserQueries.UserPage list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page) {
        return queries.page(q, page);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created create(@RequestBody NewAccount account) {
        return management.create(account);
    }
}

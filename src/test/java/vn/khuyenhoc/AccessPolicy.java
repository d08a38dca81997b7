package vn.khuyenhoc;

import static vn.khuyenhoc.AccessPolicy.Ids.NONE;
import static vn.khuyenhoc.AccessPolicy.Ids.UNIT;
import static vn.khuyenhoc.AccessPolicy.Ids.USER;
import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.khuyenhoc.accounts.Role;

/**
 * THE POLICY TABLE: who may call which route, written out by hand and independently of the {@code @Access}
 * annotations, so that {@link AccessRulesIntegrationTests} can tell a wrong annotation from a right one.
 *
 * <h2>How to add a route</h2>
 * <ol>
 *   <li>Add one line per HTTP method and path pattern, exactly as Spring maps it (e.g. {@code "/geography/units/{id}"};
 *       a {@code @GetMapping} without a path on a class mapped to {@code "/x"} is {@code "/x"}).</li>
 *   <li>{@code open(...)}: anyone, signed in or not (a {@code @PublicPage}). {@code rule(method, path, roles)}:
 *       the roles allowed; everyone else must get 403 and an anonymous caller the login page (401 under /api).</li>
 *   <li>If the path carries an id that the guard checks against the caller's area, say what kind it is as the
 *       last argument: {@link Ids#UNIT} (an administrative unit id) or {@link Ids#USER} (an account id). The walk
 *       then calls it with an id from the caller's own area (must pass) and from a foreign area (Hồ Chí Minh,
 *       must get 403 or 404, except for an administrator). To walk a new kind of id (a household, an import),
 *       add it to {@link Ids} and teach {@code AccessRulesIntegrationTests#ids} where to find one of each.
 *       An id passed as a request parameter ({@code ?commune=…}) names the parameter as a fifth argument.</li>
 * </ol>
 * A route that Spring maps but this table lacks fails the walk, as does a line here that maps to no route.
 */
final class AccessPolicy {

    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    static final Set<Role> MANAGERS = EnumSet.of(ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER);
    static final Set<Role> AUDITORS = EnumSet.of(ADMIN, PROVINCE_OFFICER);
    static final Set<Role> ADMINS = EnumSet.of(ADMIN);
    static final Set<Role> IMPORTERS = EnumSet.of(ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, Role.BRANCH_OFFICER);

    static final List<Rule> RULES = List.of(
            // Signing in and first-time setup
            open("GET", "/login"),
            open("GET", "/setup"),
            open("POST", "/setup"),
            // Every signed-in user: the home page and their own password
            rule("GET", "/", EVERYONE),
            rule("GET", "/account/password", EVERYONE),
            rule("POST", "/account/password", EVERYONE),
            // Geography: browsing the map, each within their own area
            rule("GET", "/geography/units", EVERYONE),
            rule("GET", "/geography/units/search", EVERYONE),
            rule("GET", "/geography/units/{id}", EVERYONE, UNIT),
            rule("GET", "/geography/units/{id}/children", EVERYONE, UNIT),
            rule("GET", "/api/v1/units", EVERYONE),
            rule("GET", "/api/v1/units/search", EVERYONE),
            rule("GET", "/api/v1/units/{id}", EVERYONE, UNIT),
            rule("GET", "/api/v1/units/{id}/children", EVERYONE, UNIT),
            // Geography: villages kept by commune officers (and those above them), placements after a split
            rule("GET", "/geography/villages/new", MANAGERS, UNIT, "commune"),
            rule("POST", "/geography/villages", MANAGERS, UNIT, "commune"),
            rule("GET", "/geography/villages/{id}/edit", MANAGERS, UNIT),
            rule("POST", "/geography/villages/{id}", MANAGERS, UNIT),
            rule("GET", "/geography/villages/placements", MANAGERS),
            rule("POST", "/geography/villages/{id}/place", MANAGERS, UNIT),
            rule("POST", "/api/v1/villages", MANAGERS, UNIT, "commune"),
            rule("PUT", "/api/v1/villages/{id}", MANAGERS, UNIT),
            rule("GET", "/api/v1/villages/placements", MANAGERS),
            rule("POST", "/api/v1/villages/{id}/place", MANAGERS, UNIT),
            // Geography: importing lists (officers: a CSV of their villages); resolving what imports set aside (admins)
            rule("GET", "/geography/imports", MANAGERS),
            rule("POST", "/geography/imports", MANAGERS),
            rule("POST", "/geography/imports/{id}/commit", MANAGERS),
            rule("GET", "/geography/set-aside", ADMINS),
            rule("POST", "/geography/set-aside/{id}/resolve", ADMINS),
            rule("POST", "/geography/set-aside/{id}/close", ADMINS),
            rule("GET", "/geography/lineage/new", ADMINS),
            rule("POST", "/geography/lineage/new", ADMINS),
            rule("GET", "/geography/lineage/candidates", ADMINS),
            rule("POST", "/api/v1/imports", MANAGERS),
            rule("POST", "/api/v1/imports/{id}/commit", MANAGERS),
            rule("GET", "/api/v1/set-aside", ADMINS),
            // Audit: administrators and province officers, the latter for their province only
            rule("GET", "/audit", AUDITORS, UNIT, "unit"),
            rule("GET", "/api/v1/audit", AUDITORS, UNIT, "unit"),
            // Accounts: managers only, each for the accounts of their own area
            rule("GET", "/accounts/users", MANAGERS),
            rule("POST", "/accounts/users", MANAGERS),
            rule("GET", "/accounts/users/new", MANAGERS),
            rule("GET", "/accounts/users/areas", MANAGERS),
            rule("GET", "/accounts/users/{id}", MANAGERS, USER),
            rule("POST", "/accounts/users/{id}", MANAGERS, USER),
            rule("POST", "/accounts/users/{id}/enabled", MANAGERS, USER),
            rule("POST", "/accounts/users/{id}/password", MANAGERS, USER),
            rule("GET", "/accounts/users/import", MANAGERS),
            rule("POST", "/accounts/users/import", MANAGERS),
            rule("GET", "/accounts/users/import/template", MANAGERS),
            rule("POST", "/accounts/users/import/commit", MANAGERS),
            rule("GET", "/accounts/users/import/passwords", MANAGERS),
            rule("GET", "/api/v1/users", MANAGERS),
            // Registry imports: an import id is not area-scoped; its owner (or an administrator) alone sees it, others
            // get 404 from the handler. Which kinds a role may import is checked by the service (households: down to
            // branch officers; clans and organisations: commune officers up).
            rule("GET", "/registry/imports", IMPORTERS),
            rule("POST", "/registry/imports", IMPORTERS),
            rule("GET", "/registry/imports/template", IMPORTERS),
            rule("GET", "/registry/imports/{id}", IMPORTERS),
            rule("GET", "/registry/imports/{id}/progress", IMPORTERS),
            rule("POST", "/registry/imports/{id}/commit", IMPORTERS),
            rule("POST", "/api/v1/registry/imports", IMPORTERS),
            rule("GET", "/api/v1/registry/imports/{id}", IMPORTERS),
            rule("POST", "/api/v1/registry/imports/{id}/commit", IMPORTERS),
            rule("POST", "/api/v1/users", MANAGERS));

    private AccessPolicy() {
    }

    static Rule open(String method, String pattern) {
        return new Rule(method, pattern, EVERYONE, NONE, null, true);
    }

    static Rule rule(String method, String pattern, Set<Role> roles) {
        return new Rule(method, pattern, roles, NONE, null, false);
    }

    static Rule rule(String method, String pattern, Set<Role> roles, Ids ids) {
        return new Rule(method, pattern, roles, ids, null, false);
    }

    /** A route whose scoped id travels as the request parameter {@code parameter} instead of in the path. */
    static Rule rule(String method, String pattern, Set<Role> roles, Ids ids, String parameter) {
        return new Rule(method, pattern, roles, ids, parameter, false);
    }

    /** The kinds of id a path may carry that the guard checks against the caller's area. */
    enum Ids { NONE, UNIT, USER }

    /**
     * One line of the table; {@code isPublic} routes need no sign-in at all. {@code parameter} names the request
     * parameter that carries the id (null: the id fills the path variables).
     */
    record Rule(String method, String pattern, Set<Role> roles, Ids ids, String parameter, boolean isPublic) {

        String route() {
            return method + " " + pattern;
        }

        boolean isApi() {
            return pattern.startsWith("/api/");
        }
    }
}

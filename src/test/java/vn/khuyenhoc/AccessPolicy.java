package vn.khuyenhoc;

import static vn.khuyenhoc.AccessPolicy.Ids.ASSOCIATION;
import static vn.khuyenhoc.AccessPolicy.Ids.BRANCH;
import static vn.khuyenhoc.AccessPolicy.Ids.HOUSEHOLD;
import static vn.khuyenhoc.AccessPolicy.Ids.LEARNING_CENTRE;
import static vn.khuyenhoc.AccessPolicy.Ids.MEMBER;
import static vn.khuyenhoc.AccessPolicy.Ids.CLAN;
import static vn.khuyenhoc.AccessPolicy.Ids.COMMENDATION;
import static vn.khuyenhoc.AccessPolicy.Ids.CRITERIA_SET;
import static vn.khuyenhoc.AccessPolicy.Ids.FUND;
import static vn.khuyenhoc.AccessPolicy.Ids.FUND_ENTRY;
import static vn.khuyenhoc.AccessPolicy.Ids.NONE;
import static vn.khuyenhoc.AccessPolicy.Ids.ORGANISATION;
import static vn.khuyenhoc.AccessPolicy.Ids.PERSON;
import static vn.khuyenhoc.AccessPolicy.Ids.PROPOSAL;
import static vn.khuyenhoc.AccessPolicy.Ids.REGISTRATION;
import static vn.khuyenhoc.AccessPolicy.Ids.ROUND;
import static vn.khuyenhoc.AccessPolicy.Ids.UNIT;
import static vn.khuyenhoc.AccessPolicy.Ids.USER;
import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.CITIZEN;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.UNIT_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

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
 *       last argument: {@link Ids#UNIT} (an administrative unit id), {@link Ids#USER} (an account id) or a registry
 *       record ({@link Ids#HOUSEHOLD}, {@link Ids#CLAN}, {@link Ids#ORGANISATION}, {@link Ids#PERSON}). The walk
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
    static final Set<Role> BRANCH_UP = EnumSet.of(ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER);
    static final Set<Role> BRANCH_UP_AND_VIEWERS = EnumSet.of(ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER,
            BRANCH_OFFICER, VIEWER);
    /** Clans and organisations: read by officers down to the branch (their village's commune) and viewers. */
    static final Set<Role> COMMUNE_READERS = EnumSet.of(ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER);
    /** An organisation's own page: also its unit officer. */
    static final Set<Role> ORGANISATION_READERS = EnumSet.of(ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER,
            VIEWER, UNIT_OFFICER);
    /** An organisation's details and staff: the commune's managers and its own unit officer. */
    static final Set<Role> ORGANISATION_KEEPERS = EnumSet.of(ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, UNIT_OFFICER);
    /** Persons: officers of the person's area, a unit officer for their staff, a citizen for themselves. */
    static final Set<Role> PERSON_READERS = EnumSet.of(ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER,
            UNIT_OFFICER, CITIZEN);
    static final Set<Role> PERSON_EDITORS = EnumSet.of(ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER,
            UNIT_OFFICER);
    static final Set<Role> PERSON_ERASERS = EnumSet.of(ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER);
    static final Set<Role> CITIZENS_ONLY = EnumSet.of(CITIZEN);
    static final Set<Role> IMPORTERS = EnumSet.of(ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER);
    /** Criteria sets: every officer reads every set; scoring a sheet is a POST, so viewers do not. */
    static final Set<Role> CRITERIA_READERS = EnumSet.of(ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER,
            UNIT_OFFICER, VIEWER);
    static final Set<Role> CRITERIA_SCORERS = EnumSet.of(ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER,
            UNIT_OFFICER);
    /** National sets are changed by administrators, a province's variants by its province officers. */
    static final Set<Role> CRITERIA_EDITORS = EnumSet.of(ADMIN, PROVINCE_OFFICER);

    /** Rounds: every role that acts in a chain (a citizen registers themself); viewers change nothing. */
    static final Set<Role> ROUND_ACTORS = EnumSet.of(ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER,
            UNIT_OFFICER, CITIZEN);

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
            rule("POST", "/api/v1/users", MANAGERS),
            // Registry: households, kept by branch officers and those above them, read by viewers too
            rule("GET", "/registry/households", BRANCH_UP_AND_VIEWERS, UNIT, "village"),
            rule("GET", "/registry/households/export", BRANCH_UP_AND_VIEWERS, UNIT, "village"),
            rule("GET", "/registry/households/{id}", BRANCH_UP_AND_VIEWERS, HOUSEHOLD),
            rule("GET", "/registry/households/new", BRANCH_UP, UNIT, "village"),
            rule("POST", "/registry/households", BRANCH_UP, UNIT, "village"),
            rule("GET", "/registry/households/{id}/edit", BRANCH_UP, HOUSEHOLD),
            rule("POST", "/registry/households/{id}", BRANCH_UP, HOUSEHOLD),
            rule("GET", "/registry/households/{id}/move", BRANCH_UP, HOUSEHOLD),
            rule("POST", "/registry/households/{id}/move", BRANCH_UP, HOUSEHOLD),
            rule("GET", "/registry/households/{id}/close", BRANCH_UP, HOUSEHOLD),
            rule("POST", "/registry/households/{id}/close", BRANCH_UP, HOUSEHOLD),
            rule("GET", "/registry/households/{id}/members/new", BRANCH_UP, HOUSEHOLD),
            rule("POST", "/registry/households/{id}/members", BRANCH_UP, HOUSEHOLD),
            rule("GET", "/registry/households/{id}/members/{memberId}/edit", BRANCH_UP, HOUSEHOLD),
            rule("POST", "/registry/households/{id}/members/{memberId}", BRANCH_UP, HOUSEHOLD),
            rule("POST", "/registry/households/{id}/members/{memberId}/remove", BRANCH_UP, HOUSEHOLD),
            rule("POST", "/registry/households/{id}/consent", BRANCH_UP, HOUSEHOLD),
            rule("POST", "/registry/households/{id}/consent/withdraw", BRANCH_UP, HOUSEHOLD),
            rule("GET", "/api/v1/households", BRANCH_UP_AND_VIEWERS, UNIT, "village"),
            rule("GET", "/api/v1/households/{id}", BRANCH_UP_AND_VIEWERS, HOUSEHOLD),
            rule("POST", "/api/v1/households", BRANCH_UP, UNIT, "village"),
            rule("PUT", "/api/v1/households/{id}", BRANCH_UP, HOUSEHOLD),
            rule("POST", "/api/v1/households/{id}/members", BRANCH_UP, HOUSEHOLD),
            rule("POST", "/api/v1/households/{id}/move", BRANCH_UP, HOUSEHOLD),
            rule("POST", "/api/v1/households/{id}/close", BRANCH_UP, HOUSEHOLD),
            // Registry: clans, read down to the branch officers of the commune, kept by its managers
            rule("GET", "/registry/clans", COMMUNE_READERS),
            rule("GET", "/registry/clans/export", COMMUNE_READERS),
            rule("GET", "/registry/clans/new", MANAGERS, UNIT, "commune"),
            rule("POST", "/registry/clans", MANAGERS, UNIT, "commune"),
            rule("GET", "/registry/clans/{id}", COMMUNE_READERS, CLAN),
            rule("GET", "/registry/clans/{id}/edit", MANAGERS, CLAN),
            rule("POST", "/registry/clans/{id}", MANAGERS, CLAN),
            rule("POST", "/registry/clans/{id}/close", MANAGERS, CLAN),
            rule("POST", "/registry/clans/{id}/households", MANAGERS, CLAN),
            rule("POST", "/registry/clans/{id}/households/{household}/remove", MANAGERS, CLAN),
            rule("GET", "/api/v1/clans", COMMUNE_READERS),
            rule("POST", "/api/v1/clans", MANAGERS, UNIT, "commune"),
            rule("GET", "/api/v1/clans/{id}", COMMUNE_READERS, CLAN),
            rule("PUT", "/api/v1/clans/{id}", MANAGERS, CLAN),
            // Registry: organisations; a unit officer reaches only their own organisation and its staff
            rule("GET", "/registry/organisations", COMMUNE_READERS),
            rule("GET", "/registry/organisations/export", COMMUNE_READERS),
            rule("GET", "/registry/organisations/mine", EnumSet.of(UNIT_OFFICER)),
            rule("GET", "/registry/organisations/new", MANAGERS, UNIT, "commune"),
            rule("POST", "/registry/organisations", MANAGERS, UNIT, "commune"),
            rule("GET", "/registry/organisations/{id}", ORGANISATION_READERS, ORGANISATION),
            rule("GET", "/registry/organisations/{id}/edit", ORGANISATION_KEEPERS, ORGANISATION),
            rule("POST", "/registry/organisations/{id}", ORGANISATION_KEEPERS, ORGANISATION),
            rule("POST", "/registry/organisations/{id}/close", MANAGERS, ORGANISATION),
            rule("POST", "/registry/organisations/{id}/account", MANAGERS, ORGANISATION),
            rule("GET", "/registry/organisations/{id}/staff/new", ORGANISATION_KEEPERS, ORGANISATION),
            rule("GET", "/registry/organisations/{id}/staff/persons", ORGANISATION_KEEPERS, ORGANISATION),
            rule("POST", "/registry/organisations/{id}/staff", ORGANISATION_KEEPERS, ORGANISATION),
            rule("POST", "/registry/organisations/{id}/staff/existing", ORGANISATION_KEEPERS, ORGANISATION),
            rule("GET", "/registry/organisations/{id}/staff/{staffId}/edit", ORGANISATION_KEEPERS, ORGANISATION),
            rule("POST", "/registry/organisations/{id}/staff/{staffId}", ORGANISATION_KEEPERS, ORGANISATION),
            rule("POST", "/registry/organisations/{id}/staff/{staffId}/remove", ORGANISATION_KEEPERS, ORGANISATION),
            rule("GET", "/api/v1/organisations", COMMUNE_READERS),
            rule("POST", "/api/v1/organisations", MANAGERS, UNIT, "commune"),
            rule("GET", "/api/v1/organisations/{id}", ORGANISATION_READERS, ORGANISATION),
            rule("PUT", "/api/v1/organisations/{id}", ORGANISATION_KEEPERS, ORGANISATION),
            rule("GET", "/api/v1/organisations/{id}/staff", ORGANISATION_KEEPERS, ORGANISATION),
            rule("POST", "/api/v1/organisations/{id}/staff", ORGANISATION_KEEPERS, ORGANISATION),
            // Registry: citizens (a unit officer sees their staff) and persons, each within reach of the caller
            rule("GET", "/registry/citizens", PERSON_EDITORS),
            rule("GET", "/registry/citizens/export", PERSON_EDITORS),
            rule("GET", "/api/v1/citizens", PERSON_EDITORS),
            rule("GET", "/registry/persons/{id}", PERSON_READERS, PERSON),
            rule("GET", "/registry/persons/{id}/edit", PERSON_EDITORS, PERSON),
            rule("POST", "/registry/persons/{id}", PERSON_EDITORS, PERSON),
            rule("POST", "/registry/persons/{id}/target-group", PERSON_EDITORS, PERSON),
            rule("GET", "/registry/persons/{id}/export", PERSON_READERS, PERSON),
            rule("POST", "/registry/persons/{id}/erase", PERSON_ERASERS, PERSON),
            rule("POST", "/registry/persons/{id}/account", MANAGERS, PERSON),
            rule("GET", "/api/v1/persons/{id}", PERSON_READERS, PERSON),
            rule("PUT", "/api/v1/persons/{id}", PERSON_EDITORS, PERSON),
            rule("GET", "/api/v1/persons/{id}/export", PERSON_READERS, PERSON),
            rule("POST", "/api/v1/persons/{id}/erase", PERSON_ERASERS, PERSON),
            // Registry: a citizen's own record
            rule("GET", "/registry/me", CITIZENS_ONLY),
            rule("POST", "/registry/me", CITIZENS_ONLY),
            rule("GET", "/registry/me/export", CITIZENS_ONLY),
            rule("GET", "/api/v1/me", CITIZENS_ONLY),
            rule("PUT", "/api/v1/me", CITIZENS_ONLY),
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
            // Criteria sets: read by every officer; a copy or an import is checked by the editor API (national:
            // administrators; a province's variant: that province's officers); drafts are edited by their owner
            rule("GET", "/criteria/sets", CRITERIA_READERS),
            rule("GET", "/criteria/sets/{id}", CRITERIA_READERS),
            rule("GET", "/criteria/sets/{id}/export.json", CRITERIA_READERS),
            rule("GET", "/criteria/sets/{id}/export.xlsx", CRITERIA_READERS),
            rule("GET", "/criteria/sets/import", CRITERIA_EDITORS),
            rule("POST", "/criteria/sets/import", CRITERIA_EDITORS),
            rule("POST", "/criteria/sets/{id}/copy", CRITERIA_EDITORS),
            rule("GET", "/criteria/sets/{id}/edit", CRITERIA_EDITORS, CRITERIA_SET),
            rule("POST", "/criteria/sets/{id}/header", CRITERIA_EDITORS, CRITERIA_SET),
            rule("POST", "/criteria/sets/{id}/nodes", CRITERIA_EDITORS, CRITERIA_SET),
            rule("POST", "/criteria/sets/{id}/nodes/{nodeId}", CRITERIA_EDITORS, CRITERIA_SET),
            rule("POST", "/criteria/sets/{id}/nodes/{nodeId}/move", CRITERIA_EDITORS, CRITERIA_SET),
            rule("POST", "/criteria/sets/{id}/nodes/{nodeId}/remove", CRITERIA_EDITORS, CRITERIA_SET),
            rule("POST", "/criteria/sets/{id}/publish", CRITERIA_EDITORS, CRITERIA_SET),
            rule("GET", "/api/v1/criteria/sets", CRITERIA_READERS),
            rule("GET", "/api/v1/criteria/sets/in-force", CRITERIA_READERS),
            rule("GET", "/api/v1/criteria/sets/{id}", CRITERIA_READERS),
            rule("GET", "/api/v1/criteria/sets/{id}/export", CRITERIA_READERS),
            rule("POST", "/api/v1/criteria/sets/import", CRITERIA_EDITORS),
            rule("POST", "/api/v1/criteria/sets/{id}/score", CRITERIA_SCORERS),
            // Rounds: read by everyone whose area lies inside (or contains) the round's; steps on subjects are
            // checked by the services against the title's chain and each subject's area; a registration is read and
            // scored by the officers of its subject's area (a citizen or unit officer only for their own)
            rule("GET", "/rounds", EVERYONE),
            rule("GET", "/rounds/{id}", EVERYONE, ROUND),
            rule("GET", "/rounds/inbox", EVERYONE),
            rule("GET", "/rounds/{id}/grid", BRANCH_UP_AND_VIEWERS, ROUND),
            rule("POST", "/rounds/{id}/grid", BRANCH_UP),
            rule("GET", "/rounds/new", MANAGERS),
            rule("POST", "/rounds", MANAGERS),
            rule("GET", "/api/v1/rounds/inbox", EVERYONE),
            rule("GET", "/rounds/subjects/{kind}/{id}", EVERYONE),
            rule("POST", "/rounds/{id}/registrations", ROUND_ACTORS),
            rule("POST", "/rounds/{id}/proposals", MANAGERS, ROUND),
            rule("POST", "/rounds/{id}/proposals/{proposalId}/decision", MANAGERS, ROUND),
            rule("GET", "/rounds/registrations/{id}", BRANCH_UP_AND_VIEWERS, REGISTRATION),
            rule("POST", "/rounds/registrations/{id}", BRANCH_UP, REGISTRATION),
            rule("POST", "/rounds/registrations/{id}/preview", BRANCH_UP, REGISTRATION),
            rule("POST", "/rounds/registrations/{id}/review", BRANCH_UP, REGISTRATION),
            rule("POST", "/rounds/registrations/{id}/evidence", BRANCH_UP, REGISTRATION),
            rule("GET", "/rounds/registrations/{id}/evidence/{evidenceId}", BRANCH_UP_AND_VIEWERS, REGISTRATION),
            rule("GET", "/api/v1/rounds/registrations/{id}/evidence/{evidenceId}", BRANCH_UP_AND_VIEWERS,
                    REGISTRATION),
            rule("GET", "/api/v1/rounds/registrations/{id}/evidence", BRANCH_UP_AND_VIEWERS, REGISTRATION),
            rule("POST", "/api/v1/rounds/registrations/{id}/evidence", BRANCH_UP, REGISTRATION),
            rule("GET", "/api/v1/rounds", EVERYONE),
            rule("POST", "/api/v1/rounds", MANAGERS),
            rule("GET", "/api/v1/rounds/{id}", EVERYONE, ROUND),
            rule("GET", "/api/v1/rounds/{id}/chain", EVERYONE, ROUND),
            rule("GET", "/api/v1/rounds/{id}/registrations", EVERYONE, ROUND),
            rule("POST", "/api/v1/rounds/{id}/registrations", ROUND_ACTORS),
            rule("GET", "/api/v1/rounds/{id}/proposals", EVERYONE, ROUND),
            rule("POST", "/api/v1/rounds/{id}/proposals", MANAGERS, ROUND),
            rule("POST", "/api/v1/rounds/{id}/proposals/{proposalId}/decision", MANAGERS, ROUND),
            rule("POST", "/api/v1/rounds/{id}/revocations", MANAGERS, ROUND),
            rule("GET", "/api/v1/rounds/registrations/{id}", BRANCH_UP_AND_VIEWERS, REGISTRATION),
            rule("GET", "/api/v1/rounds/registrations/{id}/sheets/{kind}", BRANCH_UP_AND_VIEWERS, REGISTRATION),
            rule("PUT", "/api/v1/rounds/registrations/{id}/sheets/{kind}", BRANCH_UP, REGISTRATION),
            rule("POST", "/api/v1/rounds/registrations/{id}/score", BRANCH_UP, REGISTRATION),
            rule("POST", "/api/v1/rounds/registrations/{id}/review", BRANCH_UP, REGISTRATION),
            rule("GET", "/api/v1/rounds/subjects/{kind}/{id}", EVERYONE),
            // A round's paperwork: the decision's papers, batches and scans for those who may recognise there (the
            // service checks the chain), a dossier for those who may propose; one certificate for whoever may read
            // its subject (checked by the service, so the route names no area); closing by the recognising level
            rule("GET", "/rounds/{id}/papers", EVERYONE, ROUND),
            rule("GET", "/rounds/{id}/decisions/{decisionId}", MANAGERS, ROUND),
            rule("POST", "/rounds/{id}/decisions/{decisionId}/certificates", MANAGERS, ROUND),
            rule("GET", "/rounds/{id}/certificate-batches/{batchId}", MANAGERS, ROUND),
            rule("POST", "/rounds/{id}/decisions/{decisionId}/scans", MANAGERS, ROUND),
            rule("POST", "/rounds/{id}/close", MANAGERS, ROUND),
            rule("POST", "/rounds/{id}/reopen", MANAGERS, ROUND),
            rule("GET", "/rounds/{id}/decisions/{decisionId}/pdf", MANAGERS, ROUND),
            rule("GET", "/rounds/{id}/decisions/{decisionId}/docx", MANAGERS, ROUND),
            rule("GET", "/rounds/{id}/proposals/{proposalId}/dossier/{paper}", MANAGERS, ROUND),
            rule("GET", "/rounds/{id}/certificate-batches/{batchId}/file", MANAGERS, ROUND),
            rule("GET", "/rounds/{id}/decisions/{decisionId}/scans/{scanId}", MANAGERS, ROUND),
            rule("GET", "/rounds/recognitions/{recognitionId}/certificate", EVERYONE),
            rule("GET", "/api/v1/rounds/{id}/decisions", MANAGERS, ROUND),
            rule("GET", "/api/v1/rounds/{id}/decisions/{decisionId}", MANAGERS, ROUND),
            rule("GET", "/api/v1/rounds/{id}/decisions/{decisionId}/pdf", MANAGERS, ROUND),
            rule("GET", "/api/v1/rounds/{id}/decisions/{decisionId}/docx", MANAGERS, ROUND),
            rule("GET", "/api/v1/rounds/{id}/proposals/{proposalId}/dossier/{paper}", MANAGERS, ROUND),
            rule("POST", "/api/v1/rounds/{id}/decisions/{decisionId}/certificates", MANAGERS, ROUND),
            rule("GET", "/api/v1/rounds/{id}/certificate-batches/{batchId}", MANAGERS, ROUND),
            rule("GET", "/api/v1/rounds/{id}/certificate-batches/{batchId}/file", MANAGERS, ROUND),
            rule("GET", "/api/v1/rounds/{id}/decisions/{decisionId}/scans", MANAGERS, ROUND),
            rule("POST", "/api/v1/rounds/{id}/decisions/{decisionId}/scans", MANAGERS, ROUND),
            rule("GET", "/api/v1/rounds/{id}/decisions/{decisionId}/scans/{scanId}", MANAGERS, ROUND),
            rule("GET", "/api/v1/rounds/recognitions/{recognitionId}/certificate", EVERYONE),
            rule("POST", "/api/v1/rounds/{id}/close", MANAGERS, ROUND),
            rule("POST", "/api/v1/rounds/{id}/reopen", MANAGERS, ROUND),
            // Rounds, second part: the Excel score sheet (uploads check the chain and each row in the service)
            rule("GET", "/rounds/{id}/registration-sheet", BRANCH_UP, ROUND),
            rule("GET", "/api/v1/rounds/{id}/registration-sheet", BRANCH_UP, ROUND),
            rule("POST", "/rounds/{id}/registration-sheet", BRANCH_UP),
            rule("POST", "/api/v1/rounds/{id}/registration-sheet", BRANCH_UP),
            rule("GET", "/rounds/{id}/workbook", BRANCH_UP_AND_VIEWERS, ROUND),
            rule("GET", "/api/v1/rounds/{id}/workbook", BRANCH_UP_AND_VIEWERS, ROUND),
            rule("POST", "/rounds/{id}/workbook", BRANCH_UP),
            rule("POST", "/api/v1/rounds/{id}/workbook", BRANCH_UP),
            rule("GET", "/rounds/{id}/workbook/uploads/{uploadId}", BRANCH_UP, ROUND),
            rule("GET", "/api/v1/rounds/{id}/workbook/uploads/{uploadId}", BRANCH_UP, ROUND),
            rule("POST", "/rounds/{id}/workbook/uploads/{uploadId}/commit", BRANCH_UP),
            rule("POST", "/api/v1/rounds/{id}/workbook/uploads/{uploadId}/commit", BRANCH_UP),
            // The steering committee: kept by those who score the subject; recording is checked by the service (the
            // member of the indicator, who may be an account below the assessed commune, or a scorer)
            rule("GET", "/rounds/registrations/{id}/committee", BRANCH_UP_AND_VIEWERS, REGISTRATION),
            rule("GET", "/api/v1/rounds/registrations/{id}/committee", BRANCH_UP_AND_VIEWERS, REGISTRATION),
            rule("POST", "/rounds/registrations/{id}/committee/members", BRANCH_UP, REGISTRATION),
            rule("POST", "/api/v1/rounds/registrations/{id}/committee/members", BRANCH_UP, REGISTRATION),
            rule("POST", "/rounds/registrations/{id}/committee/assignments", BRANCH_UP, REGISTRATION),
            rule("POST", "/api/v1/rounds/registrations/{id}/committee/assignments", BRANCH_UP, REGISTRATION),
            rule("POST", "/rounds/committee/record", ROUND_ACTORS),
            rule("POST", "/api/v1/rounds/committee/{registration}/{code}", ROUND_ACTORS),
            rule("GET", "/api/v1/rounds/committee/assignments", EVERYONE),
            // Approval chains: read by administrators and province officers, a province's own steps changed by them
            rule("GET", "/rounds/chains", AUDITORS),
            rule("GET", "/api/v1/rounds/chains", AUDITORS),
            rule("POST", "/rounds/chains", AUDITORS, UNIT, "province"),
            rule("PUT", "/api/v1/rounds/chains/{province}/{title}/{step}", AUDITORS, UNIT),
            rule("GET", "/api/v1/rounds/reminders", EVERYONE),
            // Association: read down to the branch officers of the commune, structure kept by its managers, members
            // by branch officers and those above them; mergers by administrators and province officers
            rule("GET", "/association", COMMUNE_READERS),
            rule("GET", "/association/new", MANAGERS),
            rule("POST", "/association", MANAGERS),
            rule("POST", "/association/mergers", AUDITORS, UNIT, "successor"),
            rule("POST", "/association/branches/{id}/close", MANAGERS, BRANCH),
            rule("GET", "/association/units/{id}", COMMUNE_READERS, ASSOCIATION),
            rule("GET", "/association/rules", COMMUNE_READERS),
            rule("POST", "/association/rules", ADMINS),
            rule("GET", "/api/v1/membership-rules", COMMUNE_READERS),
            rule("POST", "/api/v1/membership-rules", ADMINS),
            rule("GET", "/association/units/{id}/branches/export", COMMUNE_READERS, ASSOCIATION),
            rule("GET", "/association/units/{id}/officers/export", COMMUNE_READERS, ASSOCIATION),
            rule("POST", "/association/units/{id}/branches", MANAGERS, ASSOCIATION),
            rule("POST", "/association/units/{id}/boards", MANAGERS, ASSOCIATION),
            rule("POST", "/association/units/{id}/officers", MANAGERS, ASSOCIATION),
            rule("GET", "/association/members", COMMUNE_READERS),
            rule("GET", "/association/members/export", COMMUNE_READERS),
            rule("GET", "/association/members/new", BRANCH_UP, ASSOCIATION, "association"),
            rule("GET", "/association/members/persons", BRANCH_UP, ASSOCIATION, "association"),
            rule("POST", "/association/members", BRANCH_UP, BRANCH, "branchId"),
            rule("GET", "/association/members/{id}", COMMUNE_READERS, MEMBER),
            rule("POST", "/association/members/{id}/transfer", BRANCH_UP, MEMBER),
            rule("POST", "/association/members/{id}/leave", BRANCH_UP, MEMBER),
            rule("POST", "/association/members/{id}/card", BRANCH_UP, MEMBER),
            rule("POST", "/association/members/{id}/dues", BRANCH_UP, MEMBER),
            rule("GET", "/association/imports", BRANCH_UP, ASSOCIATION, "association"),
            rule("GET", "/association/imports/template", BRANCH_UP),
            rule("POST", "/association/imports", BRANCH_UP),
            rule("POST", "/association/imports/{id}/commit", BRANCH_UP),
            rule("GET", "/association/figures", COMMUNE_READERS, UNIT, "unit"),
            rule("POST", "/association/figures/population", MANAGERS, UNIT, "unit"),
            rule("POST", "/association/figures/populations/import", MANAGERS),
            rule("GET", "/api/v1/associations", COMMUNE_READERS),
            rule("GET", "/api/v1/associations/{id}", COMMUNE_READERS, ASSOCIATION),
            rule("POST", "/api/v1/associations", MANAGERS),
            rule("POST", "/api/v1/associations/{id}/branches", MANAGERS, ASSOCIATION),
            rule("POST", "/api/v1/associations/{id}/boards", MANAGERS, ASSOCIATION),
            rule("POST", "/api/v1/associations/branches/{id}/close", MANAGERS, BRANCH),
            rule("POST", "/api/v1/associations/officers", MANAGERS),
            rule("POST", "/api/v1/associations/mergers", AUDITORS, UNIT, "successor"),
            rule("GET", "/api/v1/members", COMMUNE_READERS),
            rule("GET", "/api/v1/members/{id}", COMMUNE_READERS, MEMBER),
            rule("GET", "/api/v1/members/{id}/status", COMMUNE_READERS, MEMBER),
            rule("POST", "/api/v1/members", BRANCH_UP, BRANCH, "branchId"),
            rule("POST", "/api/v1/members/{id}/transfer", BRANCH_UP, MEMBER),
            rule("POST", "/api/v1/members/{id}/leave", BRANCH_UP, MEMBER),
            rule("POST", "/api/v1/members/{id}/dues", BRANCH_UP, MEMBER),
            rule("POST", "/api/v1/members/{id}/card", BRANCH_UP, MEMBER),
            rule("POST", "/api/v1/association/imports", BRANCH_UP),
            rule("POST", "/api/v1/association/imports/{id}/commit", BRANCH_UP),
            rule("GET", "/api/v1/association/figures", COMMUNE_READERS, UNIT, "unit"),
            rule("PUT", "/api/v1/association/populations", MANAGERS, UNIT, "unit"),
            rule("GET", "/api/v1/documents/samples/decision.pdf", ADMINS),
            rule("GET", "/api/v1/documents/samples/decision.docx", ADMINS),
            rule("GET", "/api/v1/documents/samples/proposal-letter.docx", ADMINS),
            rule("GET", "/api/v1/documents/samples/review-minutes.docx", ADMINS),
            rule("GET", "/api/v1/documents/samples/proposed-list.docx", ADMINS),
            rule("GET", "/api/v1/documents/samples/certificates.pdf", ADMINS),
            // The study-promotion fund: read like its association, written by the commune's managers
            rule("GET", "/fund", COMMUNE_READERS),
            rule("POST", "/fund", MANAGERS),
            rule("GET", "/fund/{id}", COMMUNE_READERS, FUND),
            rule("GET", "/fund/{id}/donations/new", MANAGERS, FUND),
            rule("GET", "/fund/{id}/payments/new", MANAGERS, FUND),
            rule("GET", "/fund/{id}/persons", MANAGERS, FUND),
            rule("POST", "/fund/{id}/entries", MANAGERS, FUND),
            rule("POST", "/fund/{id}/close", MANAGERS, FUND),
            rule("GET", "/fund/{id}/report", COMMUNE_READERS, FUND),
            rule("GET", "/fund/{id}/report/export", COMMUNE_READERS, FUND),
            rule("GET", "/fund/{id}/export", COMMUNE_READERS, FUND),
            rule("GET", "/fund/{id}/report/pdf", COMMUNE_READERS, FUND),
            rule("GET", "/fund/entries/{id}/correct", MANAGERS, FUND_ENTRY),
            rule("POST", "/fund/entries/{id}/correct", MANAGERS, FUND_ENTRY),
            rule("GET", "/fund/entries/{id}/receipt", COMMUNE_READERS, FUND_ENTRY),
            rule("GET", "/api/v1/funds", COMMUNE_READERS),
            rule("POST", "/api/v1/funds", MANAGERS),
            rule("GET", "/api/v1/funds/figures", COMMUNE_READERS, UNIT, "unit"),
            rule("GET", "/api/v1/funds/{id}", COMMUNE_READERS, FUND),
            rule("POST", "/api/v1/funds/{id}/entries", MANAGERS, FUND),
            rule("POST", "/api/v1/funds/{id}/closings", MANAGERS, FUND),
            rule("GET", "/api/v1/funds/{id}/report", COMMUNE_READERS, FUND),
            rule("GET", "/api/v1/funds/entries/{id}", COMMUNE_READERS, FUND_ENTRY),
            rule("POST", "/api/v1/funds/entries/{id}/corrections", MANAGERS, FUND_ENTRY),
            // Commendations: read by officers and viewers of the area, recorded and decided by managers,
            // proposed from a village up by its branch officer too
            rule("GET", "/commendations", COMMUNE_READERS),
            rule("GET", "/commendations/export", COMMUNE_READERS),
            rule("GET", "/commendations/conference.pdf", COMMUNE_READERS, UNIT, "unit"),
            rule("GET", "/commendations/conference.docx", COMMUNE_READERS, UNIT, "unit"),
            rule("GET", "/commendations/new", MANAGERS),
            rule("GET", "/commendations/recipients", BRANCH_UP),
            rule("POST", "/commendations", MANAGERS),
            rule("GET", "/commendations/proposals", COMMUNE_READERS),
            rule("GET", "/commendations/proposals/new", BRANCH_UP),
            rule("POST", "/commendations/proposals", BRANCH_UP),
            rule("GET", "/commendations/proposals/{id}", COMMUNE_READERS, PROPOSAL),
            rule("POST", "/commendations/proposals/{id}/decision", MANAGERS, PROPOSAL),
            rule("GET", "/api/v1/commendations", COMMUNE_READERS),
            rule("POST", "/api/v1/commendations", MANAGERS),
            rule("GET", "/api/v1/commendations/{id}", COMMUNE_READERS, COMMENDATION),
            rule("POST", "/api/v1/commendations/proposals", BRANCH_UP),
            rule("GET", "/api/v1/commendations/proposals/{id}", COMMUNE_READERS, PROPOSAL),
            rule("POST", "/api/v1/commendations/proposals/{id}/decision", MANAGERS, PROPOSAL),
            // Community learning centres: read like the association, written by the commune's managers
            rule("GET", "/learning-centres", COMMUNE_READERS),
            rule("GET", "/learning-centres/export", COMMUNE_READERS),
            rule("POST", "/learning-centres", MANAGERS),
            rule("POST", "/learning-centres/mergers", AUDITORS, UNIT, "successor"),
            rule("GET", "/learning-centres/{id}", COMMUNE_READERS, LEARNING_CENTRE),
            rule("GET", "/learning-centres/{id}/activities/export", COMMUNE_READERS, LEARNING_CENTRE),
            rule("GET", "/learning-centres/{id}/persons", MANAGERS, LEARNING_CENTRE),
            rule("POST", "/learning-centres/{id}/director", MANAGERS, LEARNING_CENTRE),
            rule("POST", "/learning-centres/{id}/activities", MANAGERS, LEARNING_CENTRE),
            rule("POST", "/learning-centres/{id}/activities/{activityId}/remove", MANAGERS, LEARNING_CENTRE),
            rule("POST", "/learning-centres/{id}/visits", MANAGERS, LEARNING_CENTRE),
            rule("POST", "/learning-centres/{id}/ratings", MANAGERS, LEARNING_CENTRE),
            rule("GET", "/api/v1/learning-centres", COMMUNE_READERS),
            rule("POST", "/api/v1/learning-centres", MANAGERS),
            rule("GET", "/api/v1/learning-centres/figures", COMMUNE_READERS, UNIT, "unit"),
            rule("POST", "/api/v1/learning-centres/mergers", AUDITORS, UNIT, "successor"),
            rule("GET", "/api/v1/learning-centres/{id}", COMMUNE_READERS, LEARNING_CENTRE),
            rule("PUT", "/api/v1/learning-centres/{id}/director", MANAGERS, LEARNING_CENTRE),
            rule("POST", "/api/v1/learning-centres/{id}/activities", MANAGERS, LEARNING_CENTRE),
            rule("DELETE", "/api/v1/learning-centres/{id}/activities/{activityId}", MANAGERS, LEARNING_CENTRE),
            rule("PUT", "/api/v1/learning-centres/{id}/visits", MANAGERS, LEARNING_CENTRE),
            rule("POST", "/api/v1/learning-centres/{id}/ratings", MANAGERS, LEARNING_CENTRE),
            // Statistics: read by officers down to the branch and viewers in their area; returns typed from the
            // branch up; targets, submission by the managers; the recompute by administrators
            rule("GET", "/statistics", COMMUNE_READERS),
            rule("GET", "/statistics/areas/{id}", COMMUNE_READERS, UNIT),
            rule("GET", "/statistics/areas/{id}/findings", COMMUNE_READERS, UNIT),
            rule("GET", "/statistics/areas/{id}/citizen-groups", COMMUNE_READERS, UNIT),
            rule("POST", "/statistics/areas/{id}/findings/threshold", MANAGERS, UNIT),
            rule("GET", "/statistics/areas/{id}/returns/new", IMPORTERS, UNIT),
            rule("POST", "/statistics/areas/{id}/returns", IMPORTERS, UNIT),
            rule("GET", "/statistics/areas/{id}/returns/sheet", IMPORTERS, UNIT),
            rule("GET", "/statistics/areas/{id}/returns/sheet/xlsx", IMPORTERS, UNIT),
            rule("POST", "/statistics/areas/{id}/returns/sheet", IMPORTERS, UNIT),
            rule("POST", "/statistics/areas/{id}/returns/sheet/commit", IMPORTERS, UNIT),
            rule("POST", "/statistics/areas/{id}/targets", MANAGERS, UNIT),
            rule("GET", "/statistics/areas/{id}/report", COMMUNE_READERS, UNIT),
            rule("GET", "/statistics/areas/{id}/report/xlsx", COMMUNE_READERS, UNIT),
            rule("GET", "/statistics/areas/{id}/report/pdf", COMMUNE_READERS, UNIT),
            rule("POST", "/statistics/areas/{id}/report/submit", MANAGERS, UNIT),
            rule("POST", "/statistics/recompute", ADMINS),
            rule("GET", "/api/v1/statistics/areas/{id}/figures", COMMUNE_READERS, UNIT),
            rule("GET", "/api/v1/statistics/areas/{id}/findings", COMMUNE_READERS, UNIT),
            rule("GET", "/api/v1/statistics/areas/{id}/citizen-groups", COMMUNE_READERS, UNIT),
            rule("GET", "/api/v1/statistics/areas/{id}/jump-threshold", COMMUNE_READERS, UNIT),
            rule("PUT", "/api/v1/statistics/areas/{id}/jump-threshold", MANAGERS, UNIT),
            rule("GET", "/api/v1/statistics/areas/{id}/report", COMMUNE_READERS, UNIT),
            rule("POST", "/api/v1/statistics/areas/{id}/report/submit", MANAGERS, UNIT),
            rule("POST", "/api/v1/statistics/areas/{id}/returns", IMPORTERS, UNIT),
            rule("GET", "/api/v1/statistics/areas/{id}/returns/template", IMPORTERS, UNIT),
            rule("POST", "/api/v1/statistics/areas/{id}/returns/sheet", IMPORTERS, UNIT),
            rule("POST", "/api/v1/statistics/areas/{id}/returns/sheet/commit", IMPORTERS, UNIT),
            rule("POST", "/api/v1/statistics/areas/{id}/targets", MANAGERS, UNIT),
            rule("POST", "/api/v1/statistics/recompute/{year}", ADMINS));

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

    /**
     * The kinds of id a path may carry that the guard checks against the caller's area. Registry records: the
     * walk's own household, clan, organisation and person lie in Xã Liên Hương (the household in kp8's village,
     * the person a member of it and on the organisation's staff), the foreign ones in Xã Nhà Bè. A criteria set: a
     * draft variant of Lâm Đồng (own) or of Hồ Chí Minh City (foreign). A round: a household round of the commune
     * (own: Liên Hương; foreign: Nhà Bè); a registration: of the walk's household in that round. A learning
     * centre: the commune's (own: Liên Hương's; foreign: Nhà Bè's, opened for the walk).
     */
    enum Ids { NONE, UNIT, USER, HOUSEHOLD, CLAN, ORGANISATION, PERSON, CRITERIA_SET, ASSOCIATION, BRANCH, MEMBER,
        ROUND, REGISTRATION, FUND, FUND_ENTRY, COMMENDATION, PROPOSAL, LEARNING_CENTRE }

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

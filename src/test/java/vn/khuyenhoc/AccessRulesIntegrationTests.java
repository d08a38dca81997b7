package vn.khuyenhoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.khuyenhoc.AccessPolicy.Ids;
import vn.khuyenhoc.AccessPolicy.Rule;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.association.AssociationFixtures;
import vn.khuyenhoc.commendation.CommendationFixtures;
import vn.khuyenhoc.fund.FundFixtures;
import vn.khuyenhoc.learningcentre.LearningCentreFixtures;
import vn.khuyenhoc.registry.RegistryFixtures;
import vn.khuyenhoc.registry.Relation;

/**
 * Walks every route Spring maps (pages and /api/v1, every method) as anonymous and as each role, with ids from
 * the caller's own area and from a foreign one, and fails on any answer {@link AccessPolicy} does not expect.
 * All demo officers work in Lâm Đồng (Xã Liên Hương); the foreign area is Xã Nhà Bè in Hồ Chí Minh City.
 */
@IntegrationTest
@Transactional
class AccessRulesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;
    TestAccounts users;
    final Map<Ids, Long> own = new EnumMap<>(Ids.class);
    final Map<Ids, Long> foreign = new EnumMap<>(Ids.class);
    final Map<Role, String> usernames = new EnumMap<>(Map.of(Role.ADMIN, "admin",
            Role.PROVINCE_OFFICER, "tinh.lamdong", Role.COMMUNE_OFFICER, "xa.lienhuong",
            Role.BRANCH_OFFICER, "kp8.lienhuong", Role.VIEWER, "walk.viewer", Role.UNIT_OFFICER, "walk.unit",
            Role.CITIZEN, "walk.citizen"));

    @BeforeEach
    void createTheRolesTheDemoLacks() {
        users = new TestAccounts(jdbc, accounts, userDetails);
        users.create("walk.viewer", Role.VIEWER, "68");
        users.create("walk.unit", Role.UNIT_OFFICER, "22969");
        users.create("walk.citizen", Role.CITIZEN, "22969-008");
        users.create("walk.own", Role.BRANCH_OFFICER, "22969-001");
        users.create("walk.foreign", Role.BRANCH_OFFICER, "27655-001");
        createRegistryRecords(own, "22969", "22969-008");
        createRegistryRecords(foreign, "27655", "27655-001");
        var fixtures = new RegistryFixtures(jdbc);
        fixtures.link("walk.unit", own.get(Ids.ORGANISATION), null);
        fixtures.link("walk.citizen", null, own.get(Ids.PERSON));
        own.put(Ids.CRITERIA_SET, draftCriteriaSet("WALK-68", "68"));
        foreign.put(Ids.CRITERIA_SET, draftCriteriaSet("WALK-79", "79"));
        roundWithRegistration(own, "22969");
        roundWithRegistration(foreign, "27655");
    }

    /** A household round of the commune (2030) and the walk's household registered in it. */
    private void roundWithRegistration(Map<Ids, Long> ids, String commune) {
        ids.put(Ids.ROUND, jdbc.sql("""
                insert into round (year, title, area_unit_id, name, criteria_set_id)
                values (2030, 'GIA_DINH', :area, 'Đợt đi bộ', :set) returning id""")
                .param("area", users.unit(commune)).param("set", ids.get(Ids.CRITERIA_SET)).query(Long.class).single());
        ids.put(Ids.REGISTRATION, jdbc.sql("""
                insert into round_registration (round_id, subject_kind, subject_id, subject_unit_id, title, year)
                select :round, 'household', h.id, h.village_id, 'GIA_DINH', 2030 from reg_household h where h.id = :h
                returning id""")
                .param("round", ids.get(Ids.ROUND)).param("h", ids.get(Ids.HOUSEHOLD)).query(Long.class).single());
    }

    /** An empty draft variant of a criteria set owned by the province. */
    private long draftCriteriaSet(String code, String province) {
        return jdbc.sql("""
                insert into criteria_set (title, code, version, name, owner_unit_id, style, max_points)
                values ('GIA_DINH', :code, 1, 'Bộ tiêu chí đi bộ', :owner, 'POINTS', 100) returning id""")
                .param("code", code).param("owner", users.unit(province)).query(Long.class).single();
    }

    /** A clan and an organisation of the commune, a household of the clan in the village, and its head on the staff. */
    private void createRegistryRecords(Map<Ids, Long> ids, String commune, String village) {
        var fixtures = new RegistryFixtures(jdbc);
        ids.put(Ids.CLAN, fixtures.clan(commune, "WALK-C", "Họ Nguyễn"));
        ids.put(Ids.ORGANISATION, fixtures.organisation(commune, "WALK-O", "Trường Tiểu học Đi Bộ"));
        ids.put(Ids.HOUSEHOLD, fixtures.household(village, "WALK-H", ids.get(Ids.CLAN)));
        ids.put(Ids.PERSON, fixtures.person("Nguyễn Thị Đi Bộ", 1985, null));
        fixtures.member(ids.get(Ids.HOUSEHOLD), ids.get(Ids.PERSON), Relation.HEAD);
        fixtures.staff(ids.get(Ids.ORGANISATION), ids.get(Ids.PERSON), "Giáo viên");
        var association = new AssociationFixtures(jdbc).walkRecords(jdbc, commune, village, ids.get(Ids.PERSON));
        ids.put(Ids.ASSOCIATION, association.association());
        ids.put(Ids.BRANCH, association.branch());
        ids.put(Ids.MEMBER, association.member());
        var funds = new FundFixtures(jdbc);
        ids.put(Ids.FUND, funds.fund(commune, LocalDate.of(2020, 1, 1), 0));
        ids.put(Ids.FUND_ENTRY, funds.donation(ids.get(Ids.FUND), "WALK-F", 100_000));
        var commendations = new CommendationFixtures(jdbc);
        ids.put(Ids.COMMENDATION, commendations.commendation(village, ids.get(Ids.HOUSEHOLD)));
        ids.put(Ids.PROPOSAL, commendations.proposal(village, commune, ids.get(Ids.PERSON)));
        ids.put(Ids.LEARNING_CENTRE, new LearningCentreFixtures(jdbc).centre(commune));
    }

    @Test
    void everyMappedRouteIsInThePolicyTableAndEveryLineOfItIsMapped() {
        Set<String> table = AccessPolicy.RULES.stream().map(Rule::route).collect(Collectors.toCollection(TreeSet::new));
        Set<String> mapped = mappedRoutes();
        assertThat(difference(mapped, table)).as("routes missing from AccessPolicy.RULES").isEmpty();
        assertThat(difference(table, mapped)).as("lines of AccessPolicy.RULES that match no route").isEmpty();
    }

    @Test
    void everyRouteAnswersEachCallerAsThePolicySays() throws Exception {
        var failures = new ArrayList<String>();
        var sessions = new EnumMap<Role, RequestPostProcessor>(Role.class);
        for (Role role : Role.values()) {
            sessions.put(role, TestSessions.signIn(mvc, usernames.get(role), TestAccounts.PASSWORD));
        }
        for (Rule rule : AccessPolicy.RULES) {
            checkAnonymous(rule, failures);
            for (Role role : Role.values()) {
                check(rule, role, sessions.get(role), false, failures);
                if (rule.ids() != Ids.NONE) {
                    check(rule, role, sessions.get(role), true, failures);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anAdministratorsAccountIsOutOfReachOfEveryOtherManager() throws Exception {
        long admin = users.idOf("admin");
        var failures = new ArrayList<String>();
        for (Role role : List.of(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER)) {
            var session = TestSessions.signIn(mvc, usernames.get(role), TestAccounts.PASSWORD);
            for (Rule rule : AccessPolicy.RULES.stream().filter(r -> r.ids() == Ids.USER).toList()) {
                int status = perform(rule, admin, session);
                if (status != 403) {
                    failures.add(rule.route() + " as " + role + " on the admin account: got " + status);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private void checkAnonymous(Rule rule, List<String> failures) throws Exception {
        var result = mvc.perform(request(rule, ownId(rule, Role.ADMIN))).andReturn().getResponse();
        int status = result.getStatus();
        String location = String.valueOf(result.getRedirectedUrl());
        boolean toLogin = status == 302 && location.endsWith("/login");
        boolean ok = rule.isPublic() ? status != 401 && status != 403 && !toLogin
                : rule.isApi() ? status == 401 : toLogin;
        if (!ok) {
            failures.add(rule.route() + " anonymous: got " + status + " " + location);
        }
    }

    private void check(Rule rule, Role role, RequestPostProcessor session, boolean foreign, List<String> failures)
            throws Exception {
        long id = foreign ? foreignId(rule) : ownId(rule, role);
        int status = perform(rule, id, session);
        String expected;
        boolean ok;
        if (!rule.isPublic() && !rule.roles().contains(role)) {
            expected = "403";
            ok = status == 403;
        } else if (foreign && role != Role.ADMIN) {
            expected = "403 or 404";
            ok = status == 403 || status == 404;
        } else {
            expected = "allowed (not 401/403, no server error)";
            ok = status != 401 && status != 403 && status < 500;
        }
        if (!ok) {
            failures.add("%s as %s with %s id %d: expected %s, got %d".formatted(rule.route(), role,
                    foreign ? "a foreign" : "an own", id, expected, status));
        }
    }

    /** The status of the answer; an exception no handler turned into an answer counts as a server error. */
    private int perform(Rule rule, long id, RequestPostProcessor session) {
        try {
            return mvc.perform(request(rule, id).with(session)).andReturn().getResponse().getStatus();
        } catch (Exception e) {
            return 500;
        }
    }

    /** The request of a route with its path variables filled; a handler mapped to any method is called with GET. */
    private MockHttpServletRequestBuilder request(Rule rule, long id) {
        String uri = rule.pattern().replaceAll("\\{[^}]+}", String.valueOf(id));
        String method = rule.method().equals("ANY") ? "GET" : rule.method();
        var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri);
        if (rule.parameter() != null) {
            request.param(rule.parameter(), String.valueOf(id));
        }
        if (rule.isApi()) {
            request.accept(MediaType.APPLICATION_JSON);
        }
        return method.equals("GET") ? request : request.with(csrf());
    }

    /** An id of the route's kind inside the caller's own area (any for an administrator). */
    private long ownId(Rule rule, Role role) {
        return switch (rule.ids()) {
            case NONE -> 0;
            case UNIT -> role == Role.ADMIN ? users.unit("22969") : users.unit(ownUnitCode(role));
            case USER -> users.idOf("walk.own");
            default -> own.get(rule.ids());
        };
    }

    /** An id of the route's kind in Hồ Chí Minh City, outside every demo officer's area. */
    private long foreignId(Rule rule) {
        return switch (rule.ids()) {
            case NONE -> 0;
            case UNIT -> users.unit("27655");
            case USER -> users.idOf("walk.foreign");
            default -> foreign.get(rule.ids());
        };
    }

    private String ownUnitCode(Role role) {
        return jdbc.sql("select g.code from app_user u join geography_unit_current g on g.unit_id = u.unit_id "
                + "where u.username = :u").param("u", usernames.get(role)).query(String.class).single();
    }

    private Set<String> mappedRoutes() {
        var routes = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            String type = handler.getBeanType().getName();
            if (type.startsWith("org.springframework.") || type.startsWith("org.springdoc.")) {
                return;
            }
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add("ANY " + pattern);
                }
                methods.forEach(method -> routes.add(method.name() + " " + pattern));
            }
        });
        return routes;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        var rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}

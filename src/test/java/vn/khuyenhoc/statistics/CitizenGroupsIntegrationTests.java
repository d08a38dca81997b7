package vn.khuyenhoc.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.geography.unit.UnitScopes;
import vn.khuyenhoc.round.RoundChanged;
import vn.khuyenhoc.statistics.counts.Ancestries;
import vn.khuyenhoc.statistics.counts.YearRecompute;

/** Learning citizens by target group: kept by the round's events and by a year's recompute, shown by group. */
@IntegrationTest
@Transactional
class CitizenGroupsIntegrationTests {

    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired YearRecompute recompute;
    @Autowired CitizenGroupFigures figures;
    @Autowired UnitScopes scopes;
    @Autowired Ancestries ancestries;
    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    StatisticsFixtures fx;
    long commune;
    long village;
    List<Long> registrations;
    long round;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Three farmers, two officials and one person without a group; two of each group registered. */
    @BeforeEach
    void citizens() {
        fx = new StatisticsFixtures(jdbc);
        new TestAccounts(jdbc, accounts, users).signIn("admin");
        long province = jdbc.sql("select parent_id from geography_unit_current where code = '27655'")
                .query(Long.class).single();
        commune = fx.newUnit("TK931", "Xã Công dân thử", "COMMUNE", province, StatisticsFixtures.SINCE, null);
        village = fx.village("TK931-001", commune);
        scopes.rebuild();
        ancestries.rebuildAll();
        var household = fx.households(village, 2);
        var farmers = people(household.get(0), "FARMER", 3);
        var officials = people(household.get(1), "OFFICIAL", 2);
        people(household.get(1), null, 1);
        round = fx.round(commune, "CONG_DAN", 2022);
        var persons = new ArrayList<>(farmers.subList(0, 2));
        persons.addAll(officials);
        registrations = fx.register(round, "person", persons, village, "CONG_DAN", 2022);
    }

    @Test
    void theRoundsEventsCountRegisteredAndRecognisedCitizensByGroup() {
        events.publishEvent(RoundChanged.bulk("registration", "register", village, Map.of(), registrations));
        var recognitions = fx.recognise(round, registrations.subList(0, 1), 2022);
        events.publishEvent(RoundChanged.bulk("decision", "recognise", village, Map.of(), registrations.subList(0, 1)));

        assertThat(groups()).containsExactly("FARMER 0 2 1", "OFFICIAL 0 2 0");

        fx.revoke(recognitions.get(0));
        events.publishEvent(RoundChanged.bulk("decision", "revoke", village, Map.of(), recognitions));
        assertThat(groups()).containsExactly("FARMER 0 2 0", "OFFICIAL 0 2 0");

        jdbc.sql("delete from round_registration where id = any(:ids)")
                .param("ids", registrations.subList(2, 4).toArray(Long[]::new)).update();
        events.publishEvent(RoundChanged.bulk("registration", "withdraw", village, Map.of(),
                registrations.subList(0, 2)));
        assertThat(groups()).as("a group no longer registered goes back to zero").containsExactly("FARMER 0 2 0");
        assertThat(jdbc.sql("""
                select registered from stat_breakdown where unit_id = :v and dimension = 'TARGET_GROUP'
                  and value = 'OFFICIAL'""").param("v", village).query(Long.class).single()).isZero();
    }

    @Test
    void aYearsRecomputeGivesTheEventsCountsBesideTheSubjectsOfEachGroup() {
        long before = commune(BoundaryView.AS_THE_MAP_WAS, "FARMER").registered();
        recompute.recompute(2022);
        fx.recognise(round, registrations.subList(0, 1), 2022);
        events.publishEvent(RoundChanged.bulk("decision", "recognise", village, Map.of(), registrations));
        assertThat(groups()).containsExactly("FARMER 3 2 1", "OFFICIAL 2 2 0", "UNKNOWN 1 0 0");
        assertThat(commune(BoundaryView.AS_THE_MAP_WAS, "FARMER").registered() - before).isEqualTo(2);

        jdbc.sql("delete from stat_breakdown where unit_id = :v").param("v", village).update();
        recompute.recompute(2022);

        assertThat(groups()).containsExactly("FARMER 3 2 1", "OFFICIAL 2 2 0", "UNKNOWN 1 0 0");
        GroupFigure farmers = figures.of(village, 2022, BoundaryView.AS_THE_MAP_WAS).get(0);
        assertThat(farmers.ofSubjects().formatted()).isEqualTo("33,33%");
        assertThat(farmers.ofRegistered().formatted()).isEqualTo("50,00%");
        assertThat(commune(BoundaryView.AS_THE_MAP_WAS, "FARMER").registered() - before).isEqualTo(2);
        GroupFigure today = figures.of(village, 2022, BoundaryView.TODAYS_MAP).get(0);
        assertThat(List.of(today.subjects(), today.registered(), today.recognised())).containsExactly(3L, 2L, 1L);
    }

    @Test
    void theDashboardOfCitizensLoadsTheTableByGroupInVietnameseFormatAndTheApiGivesTheSame() throws Exception {
        fx.recognise(round, registrations.subList(0, 1), 2022);
        recompute.recompute(2022);
        var admin = TestSessions.signIn(mvc, "admin", "khuyenhoc");

        String dashboard = page("/statistics/areas/" + village + "?year=2022&title=CONG_DAN", admin);
        assertThat(dashboard)
                .contains("/statistics/areas/" + village + "/citizen-groups?year=2022&amp;view=AS_THE_MAP_WAS");
        assertThat(page("/statistics/areas/" + village + "?year=2022&title=GIA_DINH", admin))
                .doesNotContain("citizen-groups");
        String table = page("/statistics/areas/" + village + "/citizen-groups?year=2022&view=AS_THE_MAP_WAS", admin);
        assertThat(table).contains("Nông dân, lao động nông thôn", "Chưa ghi đối tượng", "33,33%", "50,00%")
                .containsSubsequence("data-group=\"FARMER\"", "data-group=\"OFFICIAL\"", "data-group=\"UNKNOWN\"");
        String json = page("/api/v1/statistics/areas/" + village + "/citizen-groups?year=2022", admin);
        assertThat(json).contains("\"group\":\"FARMER\",\"subjects\":3,\"registered\":2,\"recognised\":1");
    }

    @Test
    void theDemoPilotOf2022ReadsByGroupAsItsTotal() {
        long nhaBe = fx.unit("27655");
        var groups = figures.of(nhaBe, 2022, BoundaryView.TODAYS_MAP);
        assertThat(groups.stream().mapToLong(GroupFigure::registered).sum()).isEqualTo(511);
        assertThat(groups.stream().mapToLong(GroupFigure::recognised).sum()).isEqualTo(505);
        assertThat(groups).filteredOn(g -> g.group().equals("OFFICIAL")).singleElement()
                .satisfies(g -> assertThat(g.registered()).isGreaterThanOrEqualTo(261));
    }

    private String page(String url, org.springframework.test.web.servlet.request.RequestPostProcessor user)
            throws Exception {
        return mvc.perform(get(url).with(user)).andReturn().getResponse().getContentAsString();
    }

    private List<Long> people(long household, String group, int count) {
        var ids = new ArrayList<Long>();
        for (int i = 0; i < count; i++) {
            long person = jdbc.sql("""
                    insert into reg_person (full_name, birth_year, target_group) values (:name, 1980, :group)
                    returning id""").param("name", "Công Dân Thử " + i).param("group", group)
                    .query(Long.class).single();
            jdbc.sql("""
                    insert into reg_member (household_id, person_id, relation, joined_on)
                    values (:h, :p, 'OTHER', :on)""")
                    .param("h", household).param("p", person).param("on", StatisticsFixtures.SINCE).update();
            ids.add(person);
        }
        return ids;
    }

    private List<String> groups() {
        return figures.of(village, 2022, BoundaryView.AS_THE_MAP_WAS).stream()
                .map(g -> g.group() + " " + g.subjects() + " " + g.registered() + " " + g.recognised()).toList();
    }

    private GroupFigure commune(BoundaryView view, String group) {
        return figures.of(commune, 2022, view).stream().filter(g -> g.group().equals(group)).findFirst()
                .orElse(new GroupFigure(group, 0, 0, 0, false, false));
    }
}

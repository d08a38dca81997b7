package vn.khuyenhoc.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.geography.unit.UnitScopes;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.statistics.counts.Ancestries;
import vn.khuyenhoc.statistics.rules.Finding;

/**
 * Findings on crafted counts: a commune that moved to another province in 2025 (as Liên Hương did) and a jump
 * threshold set by a province or commune.
 */
@IntegrationTest
@Transactional
class FindingsIntegrationTests {

    static final LocalDate UNTIL = LocalDate.of(2025, 6, 30);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Findings findings;
    @Autowired JumpThresholds thresholds;
    @Autowired Statistics statistics;
    @Autowired UnitScopes scopes;
    @Autowired Ancestries ancestries;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    StatisticsFixtures fx;
    long oldProvince;
    long newProvince;
    long commune;
    long steady;
    long even;
    long over;

    @BeforeEach
    void aCommuneThatMovedFromOneProvinceToAnotherIn2025() {
        new TestAccounts(jdbc, accounts, users).signIn("admin");
        fx = new StatisticsFixtures(jdbc);
        oldProvince = fx.newUnit("TK901", "Tỉnh cũ thử", "PROVINCE", null, StatisticsFixtures.SINCE, UNTIL);
        newProvince = fx.newUnit("TK902", "Tỉnh mới thử", "PROVINCE", null, StatisticsFixtures.SINCE, null);
        commune = fx.newUnit("TK903", "Thị trấn Chuyển thử", "COMMUNE", oldProvince, StatisticsFixtures.SINCE, UNTIL);
        jdbc.sql("""
                insert into geo_unit_version (unit_id, code, name, kind, type_name, parent_id, valid_from, valid_to,
                                              name_folded)
                values (:id, 'TK903', 'Xã Chuyển thử', 'COMMUNE', 'Xã', :parent, date '2025-07-01', null,
                        'xa chuyen thu')""")
                .param("id", commune).param("parent", newProvince).update();
        steady = fx.village("TK903-001", commune);
        even = fx.village("TK903-002", commune);
        over = fx.village("TK903-003", commune);
        scopes.rebuild();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void moreRegisteredThanSubjectsIsFoundUnderTheProvinceOfTodayAndTheProvinceOfThatYear() {
        count(commune, 2019, "DON_VI_XA", 8, 10, 10);
        ancestries.rebuildAll();

        var child = statistics.figures(newProvince, 2019, "DON_VI_XA", BoundaryView.TODAYS_MAP).children().get(0);
        assertThat(List.of(child.unitId(), child.subjects(), child.registered())).containsExactly(commune, 8L, 10L);
        for (long area : List.of(newProvince, oldProvince, commune)) {
            var found = findings.of(area, 2019);
            assertThat(found).extracting(named -> named.finding().kind(), named -> named.finding().unitId(),
                            named -> named.finding().numbers(), Findings.Named::areaName)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("order", commune, List.of("10", "10", "8"),
                            "Xã Chuyển thử"));
        }
        count(commune, 2020, "DON_VI_XA", 10, 10, 9);
        ancestries.rebuildAll();
        // an orderly figure is not out of order; only its fall from the impossible 125% is noted
        assertThat(findings.of(newProvince, 2020)).extracting(named -> named.finding().kind()).containsExactly("jump");
    }

    @Test
    void aJumpIsFlaggedOverTheNearestThresholdSetAboveTheUnitAndTwentyPointsByDefault() {
        rates(steady, 40, 55);
        rates(even, 40, 60);
        count(over, 2018, "GIA_DINH", 100, 100, 40);
        count(over, 2019, "GIA_DINH", 10_000, 10_000, 6_001);
        ancestries.rebuildAll();
        assertThat(jumps(newProvince)).containsExactly(over);
        assertThat(thresholds.applying(steady)).isEqualTo(new JumpThresholds.Applying(new BigDecimal("20"), null));

        thresholds.set(newProvince, new BigDecimal("30"));
        assertThat(jumps(newProvince)).isEmpty();
        assertThat(jumps(commune)).isEmpty();

        thresholds.set(commune, new BigDecimal("15"));
        assertThat(jumps(newProvince)).containsExactlyInAnyOrder(even, over);
        assertThat(jumps(commune)).containsExactlyInAnyOrder(even, over);
        assertThat(thresholds.applying(steady)).isEqualTo(new JumpThresholds.Applying(new BigDecimal("15.00"), commune));
        assertThat(thresholds.applying(newProvince).points()).isEqualByComparingTo("30");
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity = 'statistics-jump-threshold'
                  and entity_id in (:a, :b) and action = 'set'""")
                .param("a", commune).param("b", newProvince).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void onlyAProvinceOrCommuneSetsAThresholdAndOnlyAPlausibleOne() {
        assertThatThrownBy(() -> thresholds.set(steady, new BigDecimal("10")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("statistics.finding.threshold.level");
        for (String points : List.of("0", "-5", "100.5", "12.345")) {
            assertThatThrownBy(() -> thresholds.set(commune, new BigDecimal(points)))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("statistics.finding.threshold.invalid");
        }
        assertThat(thresholds.own(commune)).isEmpty();
    }

    @Test
    void anOfficerSetsTheThresholdOnTheFindingsPageAndThroughTheApi() throws Exception {
        var admin = TestSessions.signIn(mvc, "admin", "khuyenhoc");
        String page = mvc.perform(get("/statistics/areas/" + commune + "/findings").param("year", "2019").with(admin))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"threshold-form\"", "quá 20 điểm %", "(mức mặc định)");

        var saved = mvc.perform(post("/statistics/areas/" + commune + "/findings/threshold").with(admin).with(csrf())
                .param("points", "12.5").param("year", "2019")).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/statistics/areas/" + commune + "/findings?year=2019");
        assertThat(thresholds.own(commune)).get().satisfies(p -> assertThat(p).isEqualByComparingTo("12.5"));
        String village = mvc.perform(get("/statistics/areas/" + steady + "/findings").param("year", "2019")
                .with(admin)).andReturn().getResponse().getContentAsString();
        assertThat(village).contains("quá 12,5 điểm %", "(mức do Xã Chuyển thử đặt)").doesNotContain("threshold-form");

        var api = mvc.perform(put("/api/v1/statistics/areas/" + newProvince + "/jump-threshold").with(admin)
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"points\": 25}")).andReturn()
                .getResponse();
        assertThat(api.getStatus()).isEqualTo(200);
        assertThat(api.getContentAsString()).contains("\"points\":25", "\"setFor\":" + newProvince);
        assertThat(mvc.perform(get("/api/v1/statistics/areas/" + steady + "/jump-threshold").with(admin)).andReturn()
                .getResponse().getContentAsString()).contains("\"points\":12.5", "\"setFor\":" + commune);
        var refused = mvc.perform(put("/api/v1/statistics/areas/" + steady + "/jump-threshold").with(admin)
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"points\": 10}")).andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("statistics.finding.threshold.level");
    }

    private List<Long> jumps(long area) {
        return findings.of(area, 2019).stream().map(Findings.Named::finding)
                .filter(f -> f.kind().equals("jump")).map(Finding::unitId).toList();
    }

    private void rates(long village, long before, long after) {
        count(village, 2018, "GIA_DINH", 100, 100, before);
        count(village, 2019, "GIA_DINH", 100, 100, after);
    }

    private void count(long unit, int year, String title, long subjects, long registered, long recognised) {
        jdbc.sql("""
                insert into stat_count (unit_id, year, title, source, subjects, registered, recognised)
                values (:unit, :year, :title, 'RECORDS', :subjects, :registered, :recognised)""")
                .param("unit", unit).param("year", year).param("title", title).param("subjects", subjects)
                .param("registered", registered).param("recognised", recognised).update();
    }
}

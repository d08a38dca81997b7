package vn.khuyenhoc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.IntegrationTest;

/**
 * The demo's rounds hold the figures the reports give: Liên Hương's past rounds, Nhà Bè's 2022 pilot in its old
 * communes and its 2026 round. Read from the round tables and the registry's and geography's views.
 */
@IntegrationTest
class DemoRoundsIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    /** "registered/recognised" of the demo round of the commune (by code as of the year), title and year. */
    private String figures(String commune, String title, int year) {
        return jdbc.sql("""
                select count(*) || '/' || count(*) filter (where g.status = 'RECOGNISED')
                from round r join round_registration g on g.round_id = r.id
                where r.area_unit_id = (select unit_id from geography_unit_version where code = :commune limit 1)
                  and r.title = :title and r.year = :year""")
                .param("commune", commune).param("title", title).param("year", year).query(String.class).single();
    }

    private long households(int year) {
        return jdbc.sql("""
                select coalesce(sum(c.households), 0) from registry_household_count_by_year c
                join geography_unit_current v on v.unit_id = c.village_id
                join geography_unit_current x on x.unit_id = v.parent_id and x.code = '22969'
                where c.year = :year""").param("year", year).query(Long.class).single();
    }

    @Test
    void lienHuongRecognisedTheReportsHouseholdsOutOfThoseOfTheRegistryThatYear() {
        assertThat(figures("22969", "GIA_DINH", 2016)).isEqualTo("2940/2631");
        assertThat(figures("22969", "GIA_DINH", 2019)).isEqualTo("6010/5557");
        assertThat(households(2016)).isEqualTo(7_120);
        assertThat(households(2019)).isBetween(7_862L, 7_950L);
    }

    @Test
    void lienHuongsKhuPhoAndOrganisationsWereRecognisedAsTheReportsSay() {
        assertThat(figures("22969", "CONG_DONG_THON", 2016)).isEqualTo("5/3");
        assertThat(figures("22969", "CONG_DONG_THON", 2019)).isEqualTo("10/8");
        assertThat(figures("22969", "DON_VI_XA", 2016)).as("seven commune-managed units existed in 2016")
                .isEqualTo("7/6");
        assertThat(figures("22969", "DON_VI_XA", 2019)).isEqualTo("8/8");
        assertThat(figures("22969", "DON_VI_XA", 2025)).isEqualTo("8/7");
    }

    @Test
    void onlyOrganisationsTheCommuneManagesAreRegisteredForTheCommunesUnitTitle() {
        long otherLevel = jdbc.sql("""
                select count(*) from round_registration g join registry_organisation_name o
                  on o.organisation_id = g.subject_id
                where g.subject_kind = 'organisation' and g.title = 'DON_VI_XA' and o.managing_level <> 'COMMUNE'""")
                .query(Long.class).single();
        assertThat(otherLevel).isZero();
    }

    @Test
    void aRecognisedHouseholdOf2016LivedThatYearInTheVillageItIsRecordedIn() {
        long misplaced = jdbc.sql("""
                select count(*) from round_registration g join round r on r.id = g.round_id
                where r.title = 'GIA_DINH' and r.year in (2016, 2019)
                  and not exists (select 1 from registry_household_residence h
                                  where h.household_id = g.subject_id and h.village_id = g.subject_unit_id
                                    and h.valid_from <= make_date(g.year, 12, 31)
                                    and (h.valid_to is null or h.valid_to >= make_date(g.year, 12, 31)))""")
                .query(Long.class).single();
        assertThat(misplaced).isZero();
    }

    @Test
    void thePilotOf2022Covered511CitizensOfTheThreeOldCommunesAndRecognised505() {
        assertThat(figures("27643", "CONG_DAN", 2022)).isEqualTo("220/218");
        assertThat(figures("27649", "CONG_DAN", 2022)).isEqualTo("146/144");
        assertThat(figures("27655", "CONG_DAN", 2022)).isEqualTo("145/143");
        var pilots = jdbc.sql("""
                select a.name, r.pilot, (select count(*) from round_pilot_unit p where p.round_id = r.id) as units
                from round r join geography_unit_version a on a.unit_id = r.area_unit_id
                 and (a.valid_from is null or a.valid_from <= '2022-12-31')
                 and (a.valid_to is null or a.valid_to >= '2022-12-31')
                where r.title = 'CONG_DAN' and r.year = 2022 order by a.code""")
                .query((rs, n) -> rs.getString(1) + " " + rs.getBoolean(2) + " " + rs.getInt(3)).list();
        assertThat(pilots).containsExactly("Thị trấn Nhà Bè true 3", "Xã Phước Lộc true 2", "Xã Phú Xuân true 3");
    }

    @Test
    void everyPilotCitizenWasInTheRoundsOldCommuneOrOneOfItsVillagesOnThe2022Map() {
        long outside = jdbc.sql("""
                select count(*) from round_registration g join round r on r.id = g.round_id
                join geography_unit_version v on v.unit_id = g.subject_unit_id
                 and (v.valid_from is null or v.valid_from <= '2022-12-31')
                 and (v.valid_to is null or v.valid_to >= '2022-12-31')
                where r.title = 'CONG_DAN' and r.year = 2022 and v.parent_id <> r.area_unit_id
                  and v.unit_id <> r.area_unit_id""")
                .query(Long.class).single();
        long placed = jdbc.sql("""
                select count(*) from round_registration g join round r on r.id = g.round_id
                join geography_unit_version v on v.unit_id = g.subject_unit_id
                 and (v.valid_from is null or v.valid_from <= '2022-12-31')
                 and (v.valid_to is null or v.valid_to >= '2022-12-31')
                where r.title = 'CONG_DAN' and r.year = 2022""").query(Long.class).single();
        assertThat(outside).isZero();
        assertThat(placed).isEqualTo(511);
    }

    @Test
    void nhaBeHasAnOpen2026RoundToCompareWithThePilot() {
        var round = jdbc.sql("""
                select r.status, r.historical, r.pilot, s.code, count(g.*),
                       count(*) filter (where g.status = 'SELF_ASSESSED')
                from round r join criteria_set s on s.id = r.criteria_set_id
                join round_registration g on g.round_id = r.id
                where r.title = 'CONG_DAN' and r.year = 2026
                  and r.area_unit_id = (select unit_id from geography_unit_current where code = '27655')
                group by r.id, s.code""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6))).single();
        assertThat(round).isEqualTo(List.of("OPEN", false, false, DemoNhaBeRound.SET_CODE, 300L, 12L));
    }

    @Test
    void decisionNumbersAreUniquePerIssuingBodyAndYear() {
        var numbers = jdbc.sql("""
                select d.issuing_body || ' ' || d.number || ' ' || d.signed_on from round_decision d
                join round r on r.id = d.round_id where r.year in (2016, 2019, 2022, 2025) and r.historical
                order by d.signed_on, d.number""").query(String.class).list();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(10).contains(
                "Ủy ban nhân dân thị trấn Liên Hương 12/QĐ-UBND 2017-03-10",
                "Ủy ban nhân dân thị trấn Liên Hương 21/QĐ-UBND 2020-03-12",
                "Ủy ban nhân dân xã Liên Hương 35/QĐ-UBND 2026-03-16",
                "Ủy ban nhân dân xã Phước Lộc 07/QĐ-UBND 2023-01-12");
    }

    @Test
    void eachHistoricalDecisionHasExactlyOneAuditEntryNamingItsRecognitions() {
        Map<Long, Long> recognised = new java.util.HashMap<>();
        jdbc.sql("""
                select d.id, count(c.*) from round_decision d join round r on r.id = d.round_id
                left join round_recognition c on c.decision_id = d.id
                where r.historical and r.year in (2016, 2019, 2022, 2025) group by d.id""")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(entry -> recognised.put(entry.getKey(), entry.getValue()));
        var audited = jdbc.sql("""
                select cast(a.after ->> 'decision' as bigint), count(*), max(cardinality(a.affected_ids))
                from audit_entry a where a.entity = 'decision' and a.action = 'recognise'
                  and a.after ->> 'decision' = any (:ids) group by 1""")
                .param("ids", recognised.keySet().stream().map(String::valueOf).toArray(String[]::new))
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
        assertThat(audited).hasSize(10).allSatisfy(row -> {
            assertThat(row.get(1)).isEqualTo(1L);
            assertThat(row.get(2)).isEqualTo(recognised.get(row.get(0)));
        });
    }
}

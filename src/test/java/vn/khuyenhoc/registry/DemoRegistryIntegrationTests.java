package vn.khuyenhoc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.Units;

/** The demo registry of Xã Liên Hương, loaded at start, matches the commune's reported sizes (ADR 0006). */
@IntegrationTest
class DemoRegistryIntegrationTests {

    @Autowired JdbcClient jdbc;
    @Autowired DemoRegistry registry;
    long commune;

    @BeforeEach
    void commune(@Autowired Units units) {
        commune = units.byCode("22969", UnitKind.COMMUNE, LocalDate.now()).orElseThrow().unitId();
    }

    @Test
    void theCommuneHadAbout7100HouseholdsIn2016And7900In2019() {
        assertThat(households(2016)).isBetween(7_050L, 7_150L);
        assertThat(households(2019)).isBetween(7_850L, 7_950L);
        assertThat(households(LocalDate.now().getYear())).isBetween(7_900L, 8_100L);
        assertThat(jdbc.sql("""
                select count(distinct village_id) from registry_household_count_by_year c
                join geography_unit_current u on u.unit_id = c.village_id
                where u.parent_id = :commune and c.year = 2019""").param("commune", commune)
                .query(Long.class).single()).isEqualTo(14);
    }

    @Test
    void theCommuneHasTenOrganisationsOneOfThemNewSince2018AndSevenClans() {
        assertThat(sumOf("registry_organisation_count_by_year", "organisations", LocalDate.now().getYear()))
                .isEqualTo(10);
        assertThat(sumOf("registry_organisation_count_by_year", "organisations", 2017)).isEqualTo(9);
        assertThat(sumOf("registry_clan_count_by_year", "clans", LocalDate.now().getYear())).isEqualTo(7);
        assertThat(sumOf("registry_clan_count_by_year", "clans", 2016)).isEqualTo(5);
        assertThat(sumOf("registry_clan_count_by_year", "clans_with_board", 2016)).isEqualTo(3);
    }

    @Test
    void everyHouseholdHasOneHeadAboutFourMembersAndFortyPercentBelongToAClan() {
        assertThat(jdbc.sql("""
                select count(*) from reg_household h
                where (select count(*) from reg_member m where m.household_id = h.id and m.relation = 'HEAD') <> 1""")
                .query(Long.class).single()).isZero();
        double members = jdbc.sql("select count(*)::float / (select count(*) from reg_household) from reg_member")
                .query(Double.class).single();
        double inClan = jdbc.sql("select avg((clan_id is not null)::int) from reg_household")
                .query(Double.class).single();
        assertThat(members).isBetween(3.6, 4.2);
        assertThat(inClan).isBetween(0.35, 0.45);
    }

    @Test
    void staffWhoLiveInTheCommuneAreTheSamePersonAsTheHouseholdMember() {
        // the commune's own staff: the demo's Nhà Bè pilot has staff of its own (demo.DemoNhaBe)
        String ofCommune = " from reg_staff s join reg_organisation o on o.id = s.organisation_id where o.commune_id = :c";
        long staff = jdbc.sql("select count(*)" + ofCommune).param("c", commune).query(Long.class).single();
        long alsoMembers = jdbc.sql("select count(*)" + ofCommune + " and exists "
                + "(select 1 from reg_member m where m.person_id = s.person_id)").param("c", commune)
                .query(Long.class).single();
        long persons = jdbc.sql("select count(distinct s.person_id)" + ofCommune).param("c", commune)
                .query(Long.class).single();
        assertThat(staff).isEqualTo(446);
        assertThat(persons).isEqualTo(staff);
        assertThat((double) alsoMembers / staff).isBetween(0.5, 0.7);
    }

    @Test
    void someHouseholdsMovedAndSomeClosedAfter2016() {
        long moved = jdbc.sql("""
                select count(distinct household_id) from reg_household_residence where valid_to is not null
                  and household_id in (select id from reg_household where closed_on is null)""")
                .query(Long.class).single();
        long closed = jdbc.sql("select count(*) from reg_household where closed_on is not null")
                .query(Long.class).single();
        assertThat(moved).isBetween(20L, 60L);
        assertThat(closed).isBetween(50L, 60L);
        assertThat(jdbc.sql("select min(closed_on) from reg_household").query(LocalDate.class).single())
                .isAfter(LocalDate.of(2016, 12, 31));
    }

    @Test
    void adultCitizensOfEveryTargetGroupAndTheStaffAreCounted() {
        var groups = jdbc.sql("""
                select distinct c.target_group from registry_citizen_count_by_year c
                join geography_unit_current u on u.unit_id = c.unit_id
                where c.source = 'HOUSEHOLD' and u.parent_id = :commune and c.year = 2019""")
                .param("commune", commune).query(String.class).list();
        assertThat(groups).contains("FARMER", "WORKER", "OFFICIAL", "OTHER");
        assertThat(jdbc.sql("""
                select sum(citizens) from registry_citizen_count_by_year
                where source = 'ORGANISATION' and unit_id = :commune and year = extract(year from current_date)""")
                .param("commune", commune).query(Long.class).single()).isEqualTo(446);
    }

    @Test
    void theLoadWasOneAuditEntryListingTheHouseholdsWithoutPersonalData() {
        var entry = jdbc.sql("""
                select cardinality(affected_ids) as ids, after::text as after, unit_id from audit_entry
                where entity = 'registry' and action = 'demo-load' and unit_id = :commune""")
                .param("commune", commune).query().listOfRows();
        assertThat(entry).hasSize(1);
        assertThat(entry.get(0)).containsEntry("ids", 8_100).containsEntry("unit_id", commune);
        assertThat((String) entry.get(0).get("after")).contains("\"households\": 8100").doesNotContain("Nguyễn");
    }

    @Test
    @Transactional
    void loadingAgainIntoARegistryThatHoldsRecordsChangesNothing() {
        long before = jdbc.sql("select count(*) from reg_person").query(Long.class).single();
        assertThat(registry.load(commune, 1)).isEmpty();
        assertThat(jdbc.sql("select count(*) from reg_person").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    @Transactional
    void aSignedInUserWhoCannotWriteTheCommuneIsRefused(@Autowired Accounts accounts,
                                                         @Autowired UserDetailsService users) {
        new TestAccounts(jdbc, accounts, users).signIn("kp8.lienhuong");
        try {
            assertThatThrownBy(() -> registry.load(commune, 1)).isInstanceOf(AccessDenied.class);
        } finally {
            TestAccounts.signOut();
        }
    }

    private long households(int year) {
        return sumOf("registry_household_count_by_year", "households", year);
    }

    private long sumOf(String view, String column, int year) {
        String unit = view.contains("household") ? "village_id" : "commune_id";
        String area = view.contains("household")
                ? unit + " in (select unit_id from geography_unit_current where parent_id = :commune)"
                : unit + " = :commune";
        return jdbc.sql("select coalesce(sum(" + column + "), 0) from " + view + " where year = :year and " + area)
                .param("year", year).param("commune", commune).query(Long.class).single();
    }
}

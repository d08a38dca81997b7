package vn.khuyenhoc.registry.clan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
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
import vn.khuyenhoc.registry.ClanForm;
import vn.khuyenhoc.registry.Clans;
import vn.khuyenhoc.registry.RegistryFixtures;
import vn.khuyenhoc.shared.InvalidInput;

@IntegrationTest
@Transactional
class ClanIntegrationTests {

    @Autowired Clans clans;
    @Autowired ClanRecords records;
    @Autowired ClanQueries queries;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired Accounts accounts;
    RegistryFixtures fixtures;
    long lienHuong;
    long nhaBe;

    @BeforeEach
    void signInAsTheCommuneOfficer() {
        fixtures = new RegistryFixtures(jdbc);
        lienHuong = fixtures.unit("22969");
        nhaBe = fixtures.unit("27655");
        new TestAccounts(jdbc, accounts, users).signIn("xa.lienhuong");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private static ClanForm form(String code, String name) {
        return new ClanForm(code, name, "Nguyễn Văn Tộc", "0912 345 678", true, LocalDate.of(2019, 3, 1), null);
    }

    @Test
    void blankCodesAreNumberedPerCommuneAndTextIsNormalised() {
        long first = clans.create(lienHuong, form("", "  Họ   Nguyễn  "));
        long second = clans.create(lienHuong, form(null, "Họ Trần"));

        var clan = records.find(first).orElseThrow();
        assertThat(clan.code()).isEqualTo("DH-001");
        assertThat(clan.name()).isEqualTo("Họ Nguyễn");
        assertThat(clan.representativePhone()).isEqualTo("0912345678");
        assertThat(records.find(second).orElseThrow().code()).isEqualTo("DH-002");
    }

    @Test
    void aCodeIsUniqueInItsCommuneOnly() {
        clans.create(lienHuong, form("DH-07", "Họ Lê"));

        assertThatThrownBy(() -> clans.create(lienHuong, form("DH-07", "Họ Phạm")))
                .isInstanceOf(InvalidInput.class).hasMessage("registry.clan.codeTaken");
        new TestAccounts(jdbc, accounts, users).signIn("admin");
        long elsewhere = clans.create(nhaBe, form("DH-07", "Họ Phạm"));
        assertThat(records.find(elsewhere).orElseThrow().code()).isEqualTo("DH-07");
    }

    @Test
    void aStaleFormIsRefusedAndNothingIsOverwritten() {
        long id = clans.create(lienHuong, form("", "Họ Võ"));
        int version = records.find(id).orElseThrow().version();
        clans.update(id, new ClanForm("", "Họ Võ Văn", null, null, false, null, version));

        assertThatThrownBy(() -> clans.update(id, new ClanForm("", "Họ Vũ", null, null, true, null, version)))
                .isInstanceOf(InvalidInput.class).hasMessage("registry.clan.changedMeanwhile");
        var clan = records.find(id).orElseThrow();
        assertThat(clan.name()).isEqualTo("Họ Võ Văn");
        assertThat(clan.hasBoard()).isFalse();
        assertThat(clan.code()).isEqualTo("DH-001");
    }

    @Test
    void aCommuneOfficerCannotTouchAnotherCommunesClans() {
        assertThatThrownBy(() -> clans.create(nhaBe, form("", "Họ Đỗ"))).isInstanceOf(AccessDenied.class);
        new TestAccounts(jdbc, accounts, users).signIn("admin");
        long foreign = clans.create(nhaBe, form("", "Họ Đỗ"));
        new TestAccounts(jdbc, accounts, users).signIn("xa.lienhuong");

        assertThatThrownBy(() -> clans.close(foreign, LocalDate.now())).isInstanceOf(AccessDenied.class);
        assertThat(records.find(foreign).orElseThrow().closedOn()).isNull();
    }

    @Test
    void householdsOfTheCommuneJoinAndLeaveAndTheDetailCountsThem() {
        long clan = clans.create(lienHuong, form("", "Họ Huỳnh"));
        long first = fixtures.household("22969-008", "KP8-001", "Huỳnh Văn Một", 1970);
        long second = fixtures.household("22969-003", "KP3-009", "Huỳnh Thị Hai", 1980);

        clans.addHousehold(clan, first);
        clans.addHousehold(clan, second);
        clans.removeHousehold(clan, second);

        assertThat(queries.members(clan)).extracting(ClanQueries.MemberRow::code).containsExactly("KP8-001");
        assertThat(queries.find(clan).orElseThrow().households()).isEqualTo(1);
        assertThatThrownBy(() -> clans.addHousehold(clan, first)).hasMessage("registry.clan.alreadyMember");
    }

    @Test
    void aHouseholdOfAnotherCommuneCannotJoin() {
        long clan = clans.create(lienHuong, form("", "Họ Bùi"));
        new TestAccounts(jdbc, accounts, users).signIn("admin");
        Long village = jdbc.sql("""
                select unit_id from geography_unit_current where kind = 'VILLAGE' and not closed and parent_id <> :c
                order by unit_id limit 1""").param("c", lienHuong).query(Long.class).optional().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(village != null, "the demo map has villages outside Liên Hương");
        String code = jdbc.sql("select code from geography_unit_current where unit_id = :v").param("v", village)
                .query(String.class).single();
        long outsider = fixtures.household(code, "X-1", "Bùi Văn Ngoài", 1975);

        assertThatThrownBy(() -> clans.addHousehold(clan, outsider)).hasMessage("registry.clan.householdElsewhere");
    }

    @Test
    void theAuditKeepsCodesAndIdsButNoNamesOrPhones() {
        long clan = clans.create(lienHuong, form("", "Họ Ngô"));
        long household = fixtures.household("22969-008", "KP8-002", "Ngô Văn Ba", 1965);
        clans.addHousehold(clan, household);

        var entries = jdbc.sql("select coalesce(before::text, '') || ' ' || coalesce(after::text, '') from audit_entry "
                + "where entity = 'clan' and entity_id = :id order by id").param("id", clan).query(String.class).list();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).contains("DH-001").doesNotContain("Ngô", "Nguyễn Văn Tộc", "0912345678");
        assertThat(entries.get(1)).contains(String.valueOf(household)).doesNotContain("Ngô Văn Ba");
        assertThat(jdbc.sql("select unit_id from audit_entry where entity = 'clan' and entity_id = :id limit 1")
                .param("id", clan).query(Long.class).single()).isEqualTo(lienHuong);
    }

    @Test
    void theListSortsTheVietnameseWayAndFindsNamesWithoutDiacritics() {
        clans.create(lienHuong, form("", "Họ Đặng"));
        clans.create(lienHuong, form("", "Họ Dương"));
        clans.create(lienHuong, form("", "Họ Âu"));

        var all = queries.page(new ClanQueries.Filter(lienHuong, "", 0)).rows();
        assertThat(all).extracting(ClanQueries.ClanRow::name).containsSubsequence("Họ Âu", "Họ Dương", "Họ Đặng");
        var found = queries.page(new ClanQueries.Filter(null, "ho dang", 0));
        assertThat(found.rows()).extracting(ClanQueries.ClanRow::name).containsExactly("Họ Đặng");
    }

    @Test
    void closingBeforeTheStartIsRefused() {
        long id = clans.create(lienHuong, form("", "Họ Lý"));

        assertThatThrownBy(() -> clans.close(id, LocalDate.of(2010, 1, 1))).hasMessage("registry.clan.closedBeforeSince");
        clans.close(id, LocalDate.of(2024, 12, 31));
        assertThat(records.find(id).orElseThrow().closedOn()).isEqualTo(LocalDate.of(2024, 12, 31));
    }
}

package vn.khuyenhoc.registry.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.registry.HouseholdForm;
import vn.khuyenhoc.registry.Households;
import vn.khuyenhoc.shared.InvalidInput;

@IntegrationTest
@Transactional
class HouseholdIntegrationTests {

    @Autowired Households households;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;
    @Autowired UserDetailsService userDetails;
    @Autowired Accounts accounts;
    HouseholdFixtures fixtures;
    TestAccounts users;

    @BeforeEach
    void setUp() {
        fixtures = new HouseholdFixtures(households, jdbc);
        users = new TestAccounts(jdbc, accounts, userDetails);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aBranchOfficerCreatesAHouseholdWithItsHeadAndTheAuditEntryHoldsNoName() {
        users.signIn("kp8.lienhuong");
        long id = fixtures.create("22969-008", " KP8-901 ", "Nguyễn  Văn Đạt", "Tổ 3, Khu phố 8", LocalDate.of(2020, 1, 1));

        var row = jdbc.sql("select code, head_name, search_folded, phone from reg_household where id = :id")
                .param("id", id).query().singleRow();
        assertThat(row).containsEntry("code", "KP8-901").containsEntry("head_name", "Nguyễn Văn Đạt")
                .containsEntry("search_folded", "kp8-901 nguyen van dat to 3, khu pho 8")
                .containsEntry("phone", "0912345678");
        assertThat(jdbc.sql("select relation from reg_member where household_id = :id").param("id", id)
                .query(String.class).list()).containsExactly("HEAD");
        var audit = jdbc.sql("""
                select action, unit_id, coalesce(before::text, '') || after::text as data from audit_entry
                where entity = 'household' and entity_id = :id""").param("id", id).query().singleRow();
        assertThat(audit).containsEntry("action", "create").containsEntry("unit_id", fixtures.village("22969-008"));
        assertThat((String) audit.get("data")).contains("KP8-901").doesNotContain("Đạt", "Nguyễn", "0912345678",
                "Tổ 3");
    }

    @Test
    void aCodeTakenInTheVillageIsRefusedWithAVietnameseMessage() {
        users.signIn("kp8.lienhuong");
        fixtures.create("22969-008", "KP8-902", "Lê Văn An", null, null);

        assertThatThrownBy(() -> fixtures.create("22969-008", "KP8-902", "Trần Thị Dung", null, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(
                        messages.getMessage(e.messageKey(), e.arguments(), Locale.forLanguageTag("vi")))
                        .isEqualTo("Mã hộ \"KP8-902\" đã có trong thôn này. Vui lòng dùng mã khác."));
    }

    @Test
    void theSameCodeIsAllowedInAnotherVillage() {
        users.signIn("xa.lienhuong");
        long first = fixtures.create("22969-008", "H-001", "Lê Văn An", null, null);
        long second = fixtures.create("22969-009", "H-001", "Trần Thị Dung", null, null);

        assertThat(second).isNotEqualTo(first);
        assertThat(jdbc.sql("select count(*) from reg_household where code = 'H-001' and id in (:a, :b)")
                .param("a", first).param("b", second).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aMoveKeepsTheHistoryAndTheHouseholdCountsOncePerYear() {
        users.signIn("xa.lienhuong");
        long kp8In2022 = fixtures.counted(2022, "22969-008");
        long kp8In2023 = fixtures.counted(2023, "22969-008");
        long kp9In2023 = fixtures.counted(2023, "22969-009");
        long id = fixtures.create("22969-008", "M-001", "Lê Văn An", null, LocalDate.of(2020, 1, 1));

        households.move(id, fixtures.village("22969-009"), LocalDate.of(2023, 6, 1), null);

        var history = jdbc.sql("""
                select valid_from, valid_to from reg_household_residence where household_id = :id order by valid_from""")
                .param("id", id).query().listOfRows();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("valid_to").toString()).isEqualTo("2023-05-31");
        assertThat(history.get(1).get("valid_from").toString()).isEqualTo("2023-06-01");
        assertThat(history.get(1).get("valid_to")).isNull();
        assertThat(fixtures.counted(2022, "22969-008")).isEqualTo(kp8In2022 + 1);
        assertThat(fixtures.counted(2023, "22969-008")).isEqualTo(kp8In2023);
        assertThat(fixtures.counted(2023, "22969-009")).isEqualTo(kp9In2023 + 1);
        assertThat(jdbc.sql("select village_id from reg_household where id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(fixtures.village("22969-009"));
    }

    @Test
    void aMoveToAVillageWhereTheCodeIsTakenAsksForANewCode() {
        users.signIn("xa.lienhuong");
        fixtures.create("22969-009", "C-001", "Trần Thị Dung", null, null);
        long id = fixtures.create("22969-008", "C-001", "Lê Văn An", null, LocalDate.of(2020, 1, 1));
        long kp9 = fixtures.village("22969-009");

        assertThatThrownBy(() -> households.move(id, kp9, LocalDate.of(2024, 1, 1), null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey())
                        .isEqualTo("registry.household.codeTakenInTarget"));
        households.move(id, kp9, LocalDate.of(2024, 1, 1), "C-002");

        assertThat(jdbc.sql("select code from reg_household where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("C-002");
    }

    @Test
    void aClosedHouseholdStillCountsInTheYearsItExisted() {
        users.signIn("kp8.lienhuong");
        long in2021 = fixtures.counted(2021, "22969-008");
        long in2022 = fixtures.counted(2022, "22969-008");
        long now = fixtures.counted(LocalDate.now().getYear(), "22969-008");
        long id = fixtures.create("22969-008", "D-001", "Lê Văn An", null, LocalDate.of(2019, 1, 1));

        households.close(id, LocalDate.of(2022, 3, 15));

        assertThat(fixtures.counted(2021, "22969-008")).isEqualTo(in2021 + 1);
        assertThat(fixtures.counted(2022, "22969-008")).isEqualTo(in2022);
        assertThat(fixtures.counted(LocalDate.now().getYear(), "22969-008")).isEqualTo(now);
        assertThatThrownBy(() -> households.close(id, LocalDate.now()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey())
                        .isEqualTo("registry.household.closed"));
    }

    @Test
    void aStaleFormIsRefusedAndNothingIsOverwritten() {
        users.signIn("kp8.lienhuong");
        long id = fixtures.create("22969-008", "E-001", "Lê Văn An", "Số 1", LocalDate.of(2020, 1, 1));
        int version = fixtures.version(id);
        households.update(id, new HouseholdForm("E-001", "Số 2", null, null, LocalDate.of(2020, 1, 1), version));

        assertThatThrownBy(() -> households.update(id, new HouseholdForm("E-001", "Số 3", null, null,
                LocalDate.of(2020, 1, 1), version)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey())
                        .isEqualTo("registry.household.changedMeanwhile"));
        assertThat(jdbc.sql("select address from reg_household where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("Số 2");
    }

    @Test
    void aBranchOfficerCannotWriteInAnotherVillageNorAnotherCommune() {
        users.signIn("kp8.lienhuong");

        assertThatThrownBy(() -> fixtures.create("22969-009", "F-001", "Lê Văn An", null, null))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> fixtures.create("27655-001", "F-001", "Lê Văn An", null, null))
                .isInstanceOf(AccessDenied.class);
        assertThat(jdbc.sql("select count(*) from reg_household where code = 'F-001'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void aClanOfAnotherCommuneIsRefused() {
        users.signIn("admin");
        long nhaBeClan = jdbc.sql("""
                insert into reg_clan (commune_id, code, name, name_folded, sort_key, since)
                values (:commune, 'HO-TEST', 'Họ Thử', 'ho thu', '\\x'::bytea, date '2020-01-01') returning id""")
                .param("commune", fixtures.village("27655")).query(Long.class).single();

        assertThatThrownBy(() -> households.create(fixtures.village("22969-008"),
                new HouseholdForm("G-001", null, null, nhaBeClan, null, null), HouseholdFixtures.person("Lê Văn An", 1980)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey())
                        .isEqualTo("registry.household.clanOtherCommune"));
    }

    @Test
    void consentIsRecordedWithWhoRecordedItAndCanBeWithdrawn() {
        long officer = users.signIn("kp8.lienhuong").id();
        long id = fixtures.create("22969-008", "H-002", "Lê Văn An", null, null);

        households.recordConsent(id, LocalDate.of(2026, 1, 5), Households.CONSENT_TEXT_VERSION);
        households.withdrawConsent(id, LocalDate.of(2026, 2, 1));

        var consent = jdbc.sql("select given_on, text_version, recorded_by, withdrawn_on from reg_consent where household_id = :id")
                .param("id", id).query().singleRow();
        assertThat(consent).containsEntry("text_version", "v1").containsEntry("recorded_by", officer);
        assertThat(consent.get("withdrawn_on").toString()).isEqualTo("2026-02-01");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity = 'household' and entity_id = :id and action like 'consent%'")
                .param("id", id).query(Integer.class).single()).isEqualTo(2);
    }
}

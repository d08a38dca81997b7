package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
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
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.shared.InvalidInput;

/** A past round recorded whole: who may, which years and subjects, and what it writes. */
@IntegrationTest
@Transactional
class PastRoundsIntegrationTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PastRounds pastRounds;
    TestAccounts users;

    @BeforeEach
    void accounts() {
        users = new TestAccounts(jdbc, accounts, userDetails);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long set(String code) {
        return jdbc.sql("select id from criteria_set where code = :c").param("c", code).query(Long.class).single();
    }

    /** Three households living in Khu phố 8 at the end of 2018. */
    private List<PastRound.Entry> households2018(boolean... recognised) {
        long village = users.unit("22969-008");
        List<Long> ids = jdbc.sql("""
                select household_id from registry_household_residence where village_id = :v
                  and valid_from <= date '2018-12-31' and (valid_to is null or valid_to >= date '2018-12-31')
                order by household_id limit :n""").param("v", village).param("n", recognised.length)
                .query(Long.class).list();
        return java.util.stream.IntStream.range(0, ids.size()).mapToObj(i -> new PastRound.Entry(ids.get(i), village,
                new SheetForm(java.util.Map.of("1.1", java.math.BigDecimal.TEN), null, null, null, null),
                recognised[i])).toList();
    }

    private PastRound round(int year, Title title, String area, String set, List<PastRound.Entry> entries) {
        return new PastRound(year, title, users.unit(area), "Đợt cũ " + year, set(set), List.of(),
                LocalDate.of(year, 3, 31), LocalDate.of(year, 12, 15), entries,
                new DecisionForm("9/QĐ-UBND", LocalDate.of(year + 1, 3, 5), "Ngô Văn Lưu", "Chủ tịch",
                        "Ủy ban nhân dân thị trấn Liên Hương", null));
    }

    @Test
    void aPastRoundIsRecordedWholeWithOneAuditEntryForItAndOneForItsDecision() {
        users.signIn("xa.lienhuong");
        long id = pastRounds.record(round(2018, Title.GIA_DINH, "22969", "GDHT-448-2015",
                households2018(true, true, false)));

        var statuses = jdbc.sql("select status from round_registration where round_id = :r order by id")
                .param("r", id).query(String.class).list();
        assertThat(statuses).containsExactly("RECOGNISED", "RECOGNISED", "REJECTED");
        var numbers = jdbc.sql("""
                select c.register_number || ' ' || c.valid_until from round_recognition c
                join round_decision d on d.id = c.decision_id where d.round_id = :r order by 1""")
                .param("r", id).query(String.class).list();
        assertThat(numbers).containsExactly("9/QĐ-UBND-0001 2020-03-04", "9/QĐ-UBND-0002 2020-03-04");
        var audit = jdbc.sql("""
                select entity || ' ' || action || ' ' || cardinality(affected_ids) || ' ' || actor_name
                from audit_entry where (entity = 'round' and after ->> 'round' = cast(:r as text))
                   or (entity = 'decision' and after ->> 'decision'
                       = (select cast(id as text) from round_decision where round_id = :r)) order by id""")
                .param("r", id).query(String.class).list();
        assertThat(audit).containsExactly("round record-past 3 xa.lienhuong",
                "decision recognise 2 xa.lienhuong");
        assertThat(jdbc.sql("""
                select count(*) from round_event e join round_registration g on g.id = e.registration_id
                where g.round_id = :r""").param("r", id).query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void theCurrentYearIsNotAPastRound() {
        users.signIn("xa.lienhuong");
        int year = Year.now().getValue();
        assertThatThrownBy(() -> pastRounds.record(round(year, Title.DON_VI_XA, "22969", "DVHT-TT22-2020",
                households2018(true)))).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("round.past.notPast");
    }

    @Test
    void anOfficerOfAnotherCommuneMayNotRecordItsPast() {
        users.signIn("xa.nhabe");
        assertThatThrownBy(() -> pastRounds.record(round(2018, Title.GIA_DINH, "22969", "GDHT-448-2015",
                households2018(true)))).isInstanceOf(AccessDenied.class);
    }

    @Test
    void aSubjectOutsideTheOldCommuneOnThatYearsMapIsRefused() {
        users.signIn("xa.nhabe");
        long phuXuanVillage = users.unit("27655-001");
        long someone = jdbc.sql("select person_id from registry_household_member where village_id = :v limit 1")
                .param("v", phuXuanVillage).query(Long.class).single();
        var entry = new PastRound.Entry(someone, phuXuanVillage, new SheetForm(null, null, null, null, null), true);
        var past = new PastRound(2023, Title.CONG_DAN, users.unit("27643"), null, set("CDHT-244-2022"), List.of(),
                LocalDate.of(2023, 8, 31), LocalDate.of(2023, 12, 9), List.of(entry),
                new DecisionForm("3/QĐ-UBND", LocalDate.of(2024, 1, 10), "Trần Văn Thử", "Chủ tịch",
                        "Ủy ban nhân dân thị trấn Nhà Bè", null));
        assertThatThrownBy(() -> pastRounds.record(past)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("round.register.outsideArea");
    }
}

package vn.khuyenhoc.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.fund.ledger.LedgerQueries;
import vn.khuyenhoc.shared.InvalidInput;

@IntegrationTest
@Transactional
class FundLedgerIntegrationTests {

    static final LocalDate OPENED = LocalDate.of(2024, 1, 1);
    @Autowired Funds funds;
    @Autowired LedgerQueries queries;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    FundFixtures fixtures;
    long fund;
    long student;

    @BeforeEach
    void openAFundInNhaBe() {
        fixtures = new FundFixtures(jdbc);
        new TestAccounts(jdbc, accounts, users).signIn("admin");
        fund = funds.open(new FundForm(fixtures.association("27655"), "Quỹ khuyến học xã Nhà Bè", OPENED, 2_000_000L));
        student = fixtures.person("27655-001", "Trần Thị Học Giỏi");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    static EntryForm donation(long amount, LocalDate day, boolean inKind) {
        return new EntryForm(EntryKind.DONATION, amount, day, null, inKind, inKind ? "Sách giáo khoa" : null,
                null, null, "Công ty Quỹ Thử", null, null);
    }

    EntryForm payment(EntryKind kind, long amount, LocalDate day, boolean inKind) {
        return new EntryForm(kind, amount, day, null, inKind, inKind ? "Sách giáo khoa" : null,
                kind == EntryKind.OPERATING ? null : student, null, null, "Học sinh giỏi cấp tỉnh", null);
    }

    @Test
    void theLedgerBalancesAfterAnySequenceOfEntriesAndCorrections() {
        var model = new LedgerModel(2_000_000);
        var random = new Random(20261125);
        for (int step = 0; step < 160; step++) {
            if (step == 100) {
                funds.closeThrough(fund, 2024);
                model.closedThrough = 2024;
            }
            model.apply(random, this);
            LocalDate probe = OPENED.plusDays(random.nextInt(800));
            var balance = queries.balanceAt(fund, probe);
            assertThat(balance.cash()).as("cash on %s after step %d", probe, step).isEqualTo(model.cashAt(probe));
            assertThat(balance.goods()).as("goods on %s after step %d", probe, step).isEqualTo(model.goodsAt(probe));
            assertThat(balance.cash()).isNotNegative();
        }
        assertThat(model.accepted).as("the sequence exercised each path").isGreaterThan(60);
        assertThat(model.refused).isGreaterThan(5);
        assertThat(model.corrections).isGreaterThan(5);
        var end = LocalDate.of(2026, 12, 31);
        long raised = jdbc.sql("select coalesce(sum(amount), 0) from fund_entry where fund_id = :f and kind = 'DONATION'")
                .param("f", fund).query(Long.class).single();
        long spent = jdbc.sql("select coalesce(sum(amount), 0) from fund_entry where fund_id = :f and kind <> 'DONATION'")
                .param("f", fund).query(Long.class).single();
        assertThat(queries.balanceAt(fund, end).total()).isEqualTo(2_000_000 + raised - spent);
    }

    @Test
    void aPaymentThatWouldLeaveTheFundShortIsRefusedWithTheDayAndTheShortfall() {
        funds.record(fund, donation(500_000, LocalDate.of(2025, 3, 1), false));
        assertThatThrownBy(() -> funds.record(fund, payment(EntryKind.SCHOLARSHIP, 3_000_000, LocalDate.of(2025, 3, 2), false)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("fund.balance.cashShort");
                    assertThat(e.arguments()).containsExactly("02/03/2025", "500.000 đồng");
                });
        assertThat(queries.balanceAt(fund, LocalDate.of(2025, 3, 2)).cash()).isEqualTo(2_500_000);
    }

    @Test
    void aCorrectionReversesTheEntryAndRecordsItsReplacement() {
        long wrong = funds.record(fund, donation(5_000_000, LocalDate.of(2025, 4, 1), false));
        var ids = funds.correct(wrong, new CorrectionForm(LocalDate.of(2025, 4, 3), "Gõ nhầm số tiền",
                donation(500_000, LocalDate.of(2025, 4, 1), false)));
        assertThat(ids).hasSize(2);
        var lines = queries.lines(fund, 2025, null);
        assertThat(lines).extracting(LedgerQueries.Line::amount).containsExactly(5_000_000L, 500_000L, -5_000_000L);
        assertThat(lines.get(0).reversed()).isTrue();
        assertThat(lines.get(2).correctsId()).isEqualTo(wrong);
        assertThat(queries.balanceAt(fund, LocalDate.of(2025, 4, 2)).cash()).isEqualTo(7_500_000);
        assertThat(queries.balanceAt(fund, LocalDate.of(2025, 4, 3)).cash()).isEqualTo(2_500_000);
        refused(() -> funds.correct(wrong, new CorrectionForm(LocalDate.of(2025, 4, 4), "Lần hai", null)),
                "fund.correction.alreadyCorrected");
    }

    @Test
    void blankReceiptNumbersFollowTheYearsSeriesAndATakenNumberIsRefused() {
        funds.record(fund, donation(100_000, LocalDate.of(2025, 1, 5), false));
        long second = funds.record(fund, donation(100_000, LocalDate.of(2025, 1, 6), false));
        assertThat(queries.line(second).orElseThrow().receiptNumber()).isEqualTo("PT-2025-0002");
        var typed = new EntryForm(EntryKind.DONATION, 1L, LocalDate.of(2025, 2, 1), "PT-2025-0002", false, null,
                null, null, "Ông Quỹ", null, null);
        refused(() -> funds.record(fund, typed), "fund.entry.receiptTaken");
    }

    @Test
    void aClosedYearRefusesEntriesThroughTheApi() {
        funds.record(fund, donation(100_000, LocalDate.of(2024, 6, 1), false));
        funds.closeThrough(fund, 2024);
        refused(() -> funds.record(fund, donation(100_000, LocalDate.of(2024, 12, 31), false)), "fund.entry.periodClosed");
        long entry = queries.lines(fund, 2024, null).get(0).id();
        refused(() -> funds.correct(entry, new CorrectionForm(LocalDate.of(2024, 12, 31), "Sai", null)), "fund.entry.periodClosed");
        funds.correct(entry, new CorrectionForm(LocalDate.of(2025, 1, 2), "Sai nhà hảo tâm", null));
        assertThat(queries.balanceAt(fund, LocalDate.of(2024, 12, 31)).cash()).isEqualTo(2_100_000);
        assertThat(queries.balanceAt(fund, LocalDate.of(2025, 1, 2)).cash()).isEqualTo(2_000_000);
    }

    @Test
    void theDatabaseRefusesAnEntryDatedInAClosedYear() {
        funds.closeThrough(fund, 2024);
        assertThatThrownBy(() -> fixturesInsert(LocalDate.of(2024, 3, 1)))
                .hasMessageContaining("closed through 2024");
    }

    @Test
    void theDatabaseRefusesToChangeAnEntry() {
        long entry = funds.record(fund, donation(100_000, LocalDate.of(2025, 6, 1), false));
        assertThatThrownBy(() -> jdbc.sql("update fund_entry set amount = 1 where id = :id").param("id", entry).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void theDatabaseRefusesToReopenAClosedYear() {
        funds.closeThrough(fund, 2024);
        assertThatThrownBy(() -> jdbc.sql("update fund set closed_through = 2023 where id = :id").param("id", fund).update())
                .hasMessageContaining("closed through 2024");
    }

    static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private void fixturesInsert(LocalDate day) {
        jdbc.sql("""
                insert into fund_entry (fund_id, kind, amount, entry_date, receipt_number, party_name)
                values (:f, 'DONATION', 1000, :day, 'SQL-1', 'Ông Quỹ')""").param("f", fund).param("day", day).update();
    }
}

package vn.khuyenhoc.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.association.AssociationForm;
import vn.khuyenhoc.association.AssociationLevel;
import vn.khuyenhoc.association.AssociationMergers;
import vn.khuyenhoc.association.Associations;
import vn.khuyenhoc.fund.ledger.LedgerQueries;
import vn.khuyenhoc.fund.ledger.ReportQueries;
import vn.khuyenhoc.shared.InvalidInput;

/** The funds of Nhà Bè's three associations follow them into Xã Nhà Bè's on 01/07/2025. */
@IntegrationTest
@Transactional
class FundMergerIntegrationTests {

    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    @Autowired Associations associations;
    @Autowired AssociationMergers mergers;
    @Autowired Funds funds;
    @Autowired LedgerQueries ledger;
    @Autowired ReportQueries reports;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;
    FundFixtures fixtures;
    long town;
    long phuocLoc;

    @BeforeEach
    void openTwoFundsBeforeTheMerger() {
        fixtures = new FundFixtures(jdbc);
        new TestAccounts(jdbc, accounts, users).signIn("admin");
        town = funds.open(new FundForm(association("27643", "Hội Khuyến học Thị trấn Nhà Bè"), "Quỹ thị trấn thử",
                LocalDate.of(2024, 1, 1), 1_000_000L));
        phuocLoc = funds.open(new FundForm(association("27649", "Hội Khuyến học xã Phước Lộc"), "Quỹ Phước Lộc thử",
                LocalDate.of(2024, 1, 1), 0L));
        funds.record(town, donation(2_500_000, LocalDate.of(2025, 3, 1), false));
        funds.record(town, donation(400_000, LocalDate.of(2025, 3, 2), true));
        funds.record(phuocLoc, donation(700_000, LocalDate.of(2025, 6, 30), false));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long association(String code, String name) {
        return associations.open(new AssociationForm(fixtures.unit(code), AssociationLevel.COMMUNE, name,
                LocalDate.of(2015, 1, 1)));
    }

    static EntryForm donation(long amount, LocalDate day, boolean inKind) {
        return new EntryForm(EntryKind.DONATION, amount, day, null, inKind, inKind ? "Vở học sinh" : null, null, null,
                "Nhà hảo tâm hợp nhất", null, null);
    }

    @Test
    void whatThePredecessorsHeldMovesIntoTheSuccessorsFundAndTheirBooksEnd() {
        var merged = mergers.followLineage(fixtures.unit("27655"), MERGER);

        long successor = jdbc.sql("select id from fund where assoc_unit_id = :a").param("a", merged.associationId())
                .query(Long.class).single();
        var held = ledger.balanceAt(successor, MERGER);
        assertThat(held.cash()).isEqualTo(1_000_000 + 2_500_000 + 700_000);
        assertThat(held.goods()).isEqualTo(400_000);
        assertThat(ledger.balanceAt(town, MERGER.minusDays(1)).total()).isZero();
        assertThat(ledger.balanceAt(phuocLoc, MERGER.minusDays(1)).total()).isZero();
        assertThat(jdbc.sql("select count(*) from fund where id in (:a, :b) and ended_on = :day and merged_into = :s")
                .param("a", town).param("b", phuocLoc).param("day", MERGER.minusDays(1)).param("s", successor)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity = 'fund-fund' and action = 'carry-over' "
                + "and entity_id = :s").param("s", successor).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCarryOverIsNeitherRaisedNorSpentAndEachYearsReportStillBalances() {
        var merged = mergers.followLineage(fixtures.unit("27655"), MERGER);
        long successor = jdbc.sql("select id from fund where assoc_unit_id = :a").param("a", merged.associationId())
                .query(Long.class).single();

        var old = reports.year(town, 2025);
        assertThat(old.raised()).isEqualTo(2_900_000);
        assertThat(old.spent()).isZero();
        assertThat(old.carriedOut()).isEqualTo(3_900_000);
        assertThat(old.closing()).isZero();
        assertThat(old.balances()).isTrue();
        var now = reports.year(successor, 2025);
        assertThat(now.raised()).isZero();
        assertThat(now.carriedIn()).isEqualTo(4_600_000);
        assertThat(now.closing()).isEqualTo(4_600_000);
        assertThat(now.balances()).isTrue();
        long raisedInTheArea = jdbc.sql("""
                select coalesce(sum(raised), 0) from fund_figures_by_year
                where year = 2025 and geo_unit_id in (:a, :b, :c)""").param("a", fixtures.unit("27643"))
                .param("b", fixtures.unit("27649")).param("c", fixtures.unit("27655")).query(Long.class).single();
        assertThat(raisedInTheArea).as("raised once, not again when carried over").isEqualTo(3_600_000);
    }

    @Test
    void anEndedFundTakesNoEntryAndSaysWhereTheBooksWent() {
        mergers.followLineage(fixtures.unit("27655"), MERGER);

        assertThatThrownBy(() -> funds.record(town, donation(100_000, LocalDate.of(2025, 6, 1), false)))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "fund.ended");
    }

    @Test
    void aFundWhoseLastYearIsClosedStopsTheWholeMerger() {
        funds.closeThrough(phuocLoc, 2025);

        assertThatThrownBy(() -> mergers.followLineage(fixtures.unit("27655"), MERGER))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "fund.merge.closedYear");
    }

    @Test
    void noFormMayWriteACarryOver() {
        var form = new EntryForm(EntryKind.TRANSFER_IN, 100_000L, LocalDate.of(2025, 5, 1), null, false, null, null,
                null, "Quỹ khác", null, null);

        assertThatThrownBy(() -> funds.record(town, form)).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "fund.entry.transferByMergerOnly");
    }

    @Test
    void theEndedFundsPageLeadsToTheMergedFundWhoseReportShowsWhatCameIn() throws Exception {
        var merged = mergers.followLineage(fixtures.unit("27655"), MERGER);
        long successor = jdbc.sql("select id from fund where assoc_unit_id = :a").param("a", merged.associationId())
                .query(Long.class).single();
        var admin = TestSessions.signIn(mvc, "admin", "khuyenhoc");

        String ledgerPage = mvc.perform(get("/fund/" + town).with(admin)).andReturn().getResponse()
                .getContentAsString();
        assertThat(ledgerPage).contains("Quỹ đã kết thúc ngày 30/06/2025", "/fund/" + successor)
                .doesNotContain("id=\"new-donation\"");
        String report = mvc.perform(get("/fund/" + successor + "/report").param("year", "2025").with(admin))
                .andReturn().getResponse().getContentAsString();
        assertThat(report).contains("Nhận chuyển từ quỹ trước hợp nhất", "4.600.000");
    }

    @Test
    void theLedgerIsExportedAsFilteredWithTheCarryOverAsMoneyOut() throws Exception {
        mergers.followLineage(fixtures.unit("27655"), MERGER);
        var admin = TestSessions.signIn(mvc, "admin", "khuyenhoc");

        var response = mvc.perform(get("/fund/" + town + "/export").param("year", "2025").with(admin)).andReturn()
                .getResponse();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(response.getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Thu (đồng)");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            var last = sheet.getRow(4);
            assertThat(last.getCell(2).getStringCellValue()).isEqualTo("Chuyển sang quỹ sau hợp nhất");
            assertThat(last.getCell(7).getNumericCellValue()).isEqualTo(400_000);
            assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(2_500_000);
        }
    }
}

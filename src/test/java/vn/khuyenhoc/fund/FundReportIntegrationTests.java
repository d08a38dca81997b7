package vn.khuyenhoc.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.fund.ledger.ReportQueries;
import vn.khuyenhoc.fund.ledger.YearReport;

/** The year's report, the area figures, the Excel sheet and the printable pages, from entries recorded here. */
@IntegrationTest
@Transactional
class FundReportIntegrationTests {

    @Autowired Funds funds;
    @Autowired ReportQueries reports;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    FundFixtures fixtures;
    long fund;
    long donation;
    long pupilA;
    long pupilB;

    @BeforeEach
    void recordTwoYearsInNhaBe() {
        fixtures = new FundFixtures(jdbc);
        new TestAccounts(jdbc, accounts, users).signIn("admin");
        fund = funds.open(new FundForm(fixtures.association("27655"), "Quỹ khuyến học xã Nhà Bè",
                LocalDate.of(2024, 1, 1), 1_000_000L));
        pupilA = fixtures.person("27655-001", "Lê Văn Báo Cáo");
        pupilB = fixtures.person("27655-001", "Lê Thị Báo Cáo");
        long school = fixtures.unit("27655");
        long organisation = new vn.khuyenhoc.registry.RegistryFixtures(jdbc).organisation("27655", "FUND-O",
                "Trường Tiểu học Quỹ Thử");
        record(EntryKind.DONATION, 3_000_000, "2024-03-01", null, null, "Công ty Báo Cáo", false);
        record(EntryKind.DONATION, 500_000, "2024-03-02", null, null, "Nhà sách Báo Cáo", true);
        record(EntryKind.SCHOLARSHIP, 800_000, "2024-09-05", pupilA, null, null, false);
        record(EntryKind.STUDENT_AWARD, 200_000, "2024-09-05", pupilB, null, null, false);
        donation = record(EntryKind.DONATION, 2_000_000, "2025-02-01", null, null, "Công ty Báo Cáo", false);
        record(EntryKind.POOR_STUDENT_AID, 400_000, "2025-09-01", pupilA, null, null, false);
        record(EntryKind.SCHOOL_SUPPORT, 1_000_000, "2025-09-02", null, organisation, null, false);
        record(EntryKind.OPERATING, 100_000, "2025-10-01", null, null, null, false);
        long wrong = record(EntryKind.SCHOLARSHIP, 250_000, "2025-10-02", pupilB, null, null, false);
        funds.correct(wrong, new CorrectionForm(LocalDate.of(2025, 10, 3), "Trùng với năm trước", null));
        assertThat(school).isPositive();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long record(EntryKind kind, long amount, String day, Long person, Long organisation, String name,
                        boolean inKind) {
        return funds.record(fund, new EntryForm(kind, amount, LocalDate.parse(day), null, inKind,
                inKind ? "Sách giáo khoa" : null, person, organisation, name, "Học sinh giỏi cấp tỉnh", null));
    }

    @Test
    void theYearsReportIsComputedFromTheEntriesNetOfCorrections() {
        YearReport report = reports.year(fund, 2025);
        assertThat(report.opening()).isEqualTo(3_500_000);
        assertThat(report.raised()).isEqualTo(2_000_000);
        assertThat(report.spent()).isEqualTo(1_500_000);
        Map<String, Long> byKind = new HashMap<>();
        report.spentByKind().forEach(k -> byKind.put(k.kind(), k.amount()));
        assertThat(byKind).containsEntry("SCHOLARSHIP", 0L).containsEntry("POOR_STUDENT_AID", 400_000L)
                .containsEntry("SCHOOL_SUPPORT", 1_000_000L).containsEntry("OPERATING", 100_000L);
        assertThat(report.peopleSupported()).isEqualTo(1);
        assertThat(report.organisationsSupported()).isEqualTo(1);
        assertThat(report.closing()).isEqualTo(4_000_000);
        assertThat(report.balances()).isTrue();
        assertThat(reports.year(fund, 2024)).extracting(YearReport::raisedInKind, YearReport::peopleSupported,
                YearReport::closing).containsExactly(500_000L, 2L, 3_500_000L);
    }

    @Test
    void theAreaFiguresCountWhatTheFundsOfTheAreaRaisedAndSpent() {
        String[] prefixes = AreaGuard.likePrefixes(jdbc.sql("select path from geography_unit_scope where unit_id = :u")
                .param("u", fixtures.unit("27655")).query(String.class).list());
        var figures = reports.figures(prefixes, 2025);
        assertThat(figures).extracting(ReportQueries.Figures::raised, ReportQueries.Figures::spent,
                ReportQueries.Figures::peopleSupported).containsExactly(2_000_000L, 1_500_000L, 1L);
    }

    @Test
    void theReportSheetReadsBackWithTheSameFigures() throws Exception {
        var session = TestSessions.signIn(mvc, "admin", "khuyenhoc");
        byte[] sheet = mvc.perform(get("/fund/" + fund + "/report/export").param("year", "2025").with(session))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            Map<String, Double> lines = new HashMap<>();
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    lines.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
            assertThat(lines).containsEntry("Số dư đầu năm", 3_500_000d).containsEntry("Tổng thu (ủng hộ)", 2_000_000d)
                    .containsEntry("Hỗ trợ trường học", 1_000_000d).containsEntry("Số người được hỗ trợ", 1d)
                    .containsEntry("Số dư cuối năm", 4_000_000d);
        }
    }

    @Test
    void theReportPdfReadsBackWithTheOpeningAndClosingBalanceOfTheYear() throws Exception {
        var session = TestSessions.signIn(mvc, "admin", "khuyenhoc");
        var response = mvc.perform(get("/fund/" + fund + "/report/pdf").param("year", "2025").with(session))
                .andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        String text;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(response.getContentAsByteArray())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("BÁO CÁO THU CHI QUỸ KHUYẾN HỌC NĂM 2025", "Quỹ khuyến học xã Nhà Bè",
                "Số dư đầu năm 3.500.000", "Số dư cuối năm 4.000.000", "Hỗ trợ trường học 1.000.000", "CHỦ TỊCH");
    }

    @Test
    void theReceiptAndTheReportPrintInVietnamese() throws Exception {
        var session = TestSessions.signIn(mvc, "admin", "khuyenhoc");
        String receipt = mvc.perform(get("/fund/entries/" + donation + "/receipt").with(session)).andReturn()
                .getResponse().getContentAsString();
        assertThat(receipt).contains("PHIẾU THU", "PT-2025-0001", "2.000.000 đồng", "Hai triệu đồng",
                "Công ty Báo Cáo", "fund-a5.css");
        String report = mvc.perform(get("/fund/" + fund + "/report").param("year", "2025").with(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(report).contains("BÁO CÁO THU CHI QUỸ KHUYẾN HỌC NĂM 2025", "3.500.000", "4.000.000");
        String ledger = mvc.perform(get("/fund/" + fund).param("on", "2024-12-31").with(session)).andReturn()
                .getResponse().getContentAsString();
        assertThat(ledger).contains("3.500.000 đồng", "31/12/2024");
    }
}

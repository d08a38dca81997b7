package vn.khuyenhoc.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.geography.unit.UnitScopes;
import vn.khuyenhoc.shared.InvalidInput;

@IntegrationTest
@Transactional
class ReportIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Returns returns;
    @Autowired Reports reports;
    @Autowired UnitScopes scopes;
    @Autowired vn.khuyenhoc.statistics.counts.Ancestries ancestries;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    long commune;
    long village;

    @BeforeEach
    void aCommuneWithTwoYearsOfReturns() {
        new TestAccounts(jdbc, accounts, users).signIn("admin");
        var fx = new StatisticsFixtures(jdbc);
        long province = jdbc.sql("select parent_id from geography_unit_current where code = '27655'")
                .query(Long.class).single();
        commune = fx.newUnit("TK701", "Xã Tổng kết thử", "COMMUNE", province, StatisticsFixtures.SINCE, null);
        village = fx.village("TK701-001", commune);
        long other = fx.village("TK701-002", commune);
        scopes.rebuild();
        ancestries.rebuildAll();
        returns.file(new ReturnForm(village, 2018, Title.GIA_DINH, 7105L, 7105L, 2631L, null));
        returns.file(new ReturnForm(village, 2019, Title.GIA_DINH, 7862L, 7000L, 5557L, null));
        returns.file(new ReturnForm(other, 2019, Title.GIA_DINH, 14L, 14L, 3L, null));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void theAnnualReportListsEachChildAreaWithThePreviousYearBeside() {
        AnnualReport report = reports.live(commune, 2019);

        var section = report.sections().get(0);
        assertThat(section.title()).isEqualTo("GIA_DINH");
        assertThat(section.total().recognised()).isEqualTo(5560);
        var line = section.lines().stream().filter(l -> l.unitId() == village).findFirst().orElseThrow();
        assertThat(line.rate().formatted()).isEqualTo("70,68%");
        assertThat(line.previousRate().formatted()).isEqualTo("37,03%");
    }

    @Test
    void theExcelAndPdfCarryTheSameFigures() throws Exception {
        var admin = TestSessions.signIn(mvc, "admin", "khuyenhoc");
        byte[] xlsx = mvc.perform(get("/statistics/areas/" + commune + "/report/xlsx").param("year", "2019")
                .with(admin)).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            var row = sheet.getRow(2);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Ấp thử TK701-001");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(5557d);
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("70,68%");
        }
        byte[] pdf = mvc.perform(get("/statistics/areas/" + commune + "/report/pdf").param("year", "2019")
                .with(admin)).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Xã Tổng kết thử", "Ấp thử TK701-", "5.557", "70,68%", "37,03%", "(2.631/7.105)");
        }
    }

    @Test
    void aSubmittedReportIsLockedAndTheLiveFiguresShowTheirDifference() throws Exception {
        reports.submit(commune, 2019);
        returns.file(new ReturnForm(village, 2019, Title.GIA_DINH, 7862L, 7000L, 5600L, null));

        var submitted = reports.submitted(commune, 2019).orElseThrow().report();
        assertThat(submitted.sections().get(0).total().recognised()).isEqualTo(5560);
        assertThat(Reports.differences(submitted, reports.live(commune, 2019)))
                .contains("GIA_DINH · Ấp thử TK701-001: 5557/7862 → 5600/7862");
        assertThatThrownBy(() -> reports.submit(commune, 2019)).isInstanceOf(InvalidInput.class);
        var admin = TestSessions.signIn(mvc, "admin", "khuyenhoc");
        String page = mvc.perform(get("/statistics/areas/" + commune + "/report").param("year", "2019").with(admin))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("đã khóa", "5.557");
    }

    @Test
    void theDashboardShowsTheRatesAndDrillsDownToTheChildAreas() throws Exception {
        var admin = TestSessions.signIn(mvc, "admin", "khuyenhoc");
        var response = mvc.perform(get("/statistics/areas/" + commune).param("year", "2019").with(admin))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Xã Tổng kết thử", "70,59%", "/statistics/areas/" + village,
                "QĐ 281/QĐ-TTg", "Số liệu báo cáo");
        String findings = mvc.perform(get("/statistics/areas/" + commune + "/findings").param("year", "2019")
                .with(admin)).andReturn().getResponse().getContentAsString();
        assertThat(findings).contains("jump");
        int status = mvc.perform(post("/statistics/areas/" + commune + "/returns").with(admin).with(csrf())
                .param("unitId", "" + village).param("year", "2020").param("title", "GIA_DINH")
                .param("subjects", "10").param("registered", "5").param("recognised", "4")
                .param("printedRate", "40%")).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(302);
        assertThat(jdbc.sql("select printed_rate from stat_return where unit_id = :v and year = 2020")
                .param("v", village).query(String.class).single()).isEqualTo("40%");
    }
}

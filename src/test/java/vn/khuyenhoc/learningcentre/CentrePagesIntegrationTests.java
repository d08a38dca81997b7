package vn.khuyenhoc.learningcentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
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
import vn.khuyenhoc.criteria.Band;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.criteria.CriteriaSets;
import vn.khuyenhoc.criteria.Measure;
import vn.khuyenhoc.criteria.Node;
import vn.khuyenhoc.criteria.Rule;
import vn.khuyenhoc.criteria.RuleStyle;
import vn.khuyenhoc.criteria.SetDocument;
import vn.khuyenhoc.criteria.Title;

/** The centres' pages, Excel exports and JSON API as the demo officers of Lâm Đồng and Liên Hương use them. */
@IntegrationTest
@Transactional
class CentrePagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CriteriaEditor editor;
    @Autowired CriteriaSets sets;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aProvinceOfficerSeesTheProvincesCentresWithTheirRatingAndTheFiguresLine() throws Exception {
        var province = TestSessions.signIn(mvc, "tinh.lamdong", "khuyenhoc");

        String list = mvc.perform(get("/learning-centres").param("year", "2024").with(province)).andReturn()
                .getResponse().getContentAsString();

        assertThat(list).contains("Trung tâm học tập cộng đồng xã Liên Hương", "Tốt",
                "1/1 trung tâm xếp loại tốt, 0/1 khá, 0/1 trung bình, 0/1 yếu").doesNotContain("Phước Lộc");
    }

    @Test
    void aCommuneOfficerRatesTheCentreOnItsPageWithTheProvincesCriteriaSet() throws Exception {
        new TestAccounts(jdbc, accounts, users).signIn("admin");
        publishLamDongSet();
        long centre = new LearningCentreFixtures(jdbc).centre("22969");
        var commune = TestSessions.signIn(mvc, "xa.lienhuong", "khuyenhoc");

        String page = mvc.perform(get("/learning-centres/" + centre).param("ratingYear", "2019").with(commune)).andReturn()
                .getResponse().getContentAsString();
        mvc.perform(post("/learning-centres/" + centre + "/ratings").with(commune).with(csrf()).param("year", "2019")
                .param("points.1", "40").param("points.2", "36"));

        assertThat(page).contains("Chấm theo bộ tiêu chí: Xếp loại TTHTCĐ trang thử", "name=\"points.1\"",
                "id=\"activity-form\"");
        assertThat(jdbc.sql("select rating from lc_rating where centre_id = :c and year = 2019").param("c", centre)
                .query(String.class).single()).isEqualTo("FAIR");
    }

    @Test
    void aBranchOfficerReadsTheCommunesCentreButGetsNoForms() throws Exception {
        long centre = new LearningCentreFixtures(jdbc).centre("22969");
        var branch = TestSessions.signIn(mvc, "kp8.lienhuong", "khuyenhoc");

        String page = mvc.perform(get("/learning-centres/" + centre).with(branch)).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("Trung tâm học tập cộng đồng xã Liên Hương", "Kỹ thuật nuôi tôm thẻ chân trắng")
                .doesNotContain("id=\"activity-form\"", "id=\"rating-form\"");
    }

    @Test
    void theListAndTheActivitiesExportAsExcelSheets() throws Exception {
        long centre = new LearningCentreFixtures(jdbc).centre("22969");
        var commune = TestSessions.signIn(mvc, "xa.lienhuong", "khuyenhoc");

        byte[] list = mvc.perform(get("/learning-centres/export").param("year", "2024").with(commune)).andReturn()
                .getResponse().getContentAsByteArray();
        byte[] activities = mvc.perform(get("/learning-centres/" + centre + "/activities/export").with(commune))
                .andReturn().getResponse().getContentAsByteArray();

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(list))) {
            var row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Trung tâm học tập cộng đồng xã Liên Hương");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Tốt");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(5);
        }
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(activities))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(4).getStringCellValue()).isEqualTo("Nội dung");
            assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(30);
        }
    }

    @Test
    void theApiRecordsAnActivityAndShowsItWithTheYearsVisits() throws Exception {
        long centre = new LearningCentreFixtures(jdbc).centreBeforeReform("27643");
        var admin = TestSessions.signIn(mvc, "admin", "khuyenhoc");

        int status = mvc.perform(post("/api/v1/learning-centres/" + centre + "/activities").with(admin).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind": "TOPIC", "topic": "LAW", "title": "Luật Đất đai qua API", "startsOn": "2019-06-01",
                         "participants": 140}""")).andReturn().getResponse().getStatus();
        String json = mvc.perform(get("/api/v1/learning-centres/" + centre).with(admin)).andReturn().getResponse()
                .getContentAsString();

        assertThat(status).isEqualTo(201);
        assertThat(json).contains("Luật Đất đai qua API", "{\"year\":2019,\"classes\":0,\"activities\":1,\"participants\":140");
    }

    private void publishLamDongSet() {
        var rule = new Rule(RuleStyle.POINTS, BigDecimal.valueOf(100), List.of(new Band("Tốt", BigDecimal.valueOf(85)),
                new Band("Khá", BigDecimal.valueOf(70)), new Band("Trung bình", BigDecimal.valueOf(50))),
                BigDecimal.valueOf(50), null, 0);
        var criteria = List.of(node("Tổ chức và hoạt động"), node("Kết quả"));
        long lamDong = new LearningCentreFixtures(jdbc).unitOn("68", LocalDate.now());
        long id = editor.importDocument(new SetDocument(SetDocument.FORMAT, Title.TTHTCD, "TRANG-TTHTCD-68", 1,
                "Xếp loại TTHTCĐ trang thử", null, null, null, null, null, false, null, rule, criteria), lamDong);
        editor.publish(id, sets.require(id).rowVersion());
    }

    private static Node node(String text) {
        return new Node(null, text, Measure.POINTS, BigDecimal.valueOf(50), null, false, null, null, null, null, null,
                null, false, List.of());
    }
}

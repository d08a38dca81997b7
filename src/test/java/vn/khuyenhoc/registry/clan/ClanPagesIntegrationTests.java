package vn.khuyenhoc.registry.clan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.registry.RegistryFixtures;

/** The clan list's export as filtered, the JSON API, and a branch officer reading their commune's clans. */
@IntegrationTest
@Transactional
class ClanPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    RequestPostProcessor officer;
    long commune;

    @BeforeEach
    void signIn() throws Exception {
        commune = new RegistryFixtures(jdbc).unit("22969");
        officer = TestSessions.signIn(mvc, "xa.lienhuong", TestAccounts.PASSWORD);
    }

    @Test
    void theExportHoldsTheFilteredClansWithVietnameseHeaders() throws Exception {
        create("Họ Trương Đình Khuê", true);
        create("Họ Tạ Đình Khuê", false);
        create("Họ Lương Văn Khuê", false);

        byte[] file = mvc.perform(get("/registry/clans/export").param("q", "dinh khue").with(officer)).andReturn()
                .getResponse().getContentAsByteArray();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            var text = new DataFormatter();
            assertThat(workbook.getSheetName(0)).isEqualTo("Dòng họ");
            assertThat(text.formatCellValue(sheet.getRow(0).getCell(1))).isEqualTo("Mã dòng họ");
            assertThat(text.formatCellValue(sheet.getRow(0).getCell(5))).isEqualTo("Có ban khuyến học");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(text.formatCellValue(sheet.getRow(1).getCell(2))).isEqualTo("Họ Tạ Đình Khuê");
            assertThat(text.formatCellValue(sheet.getRow(2).getCell(2))).isEqualTo("Họ Trương Đình Khuê");
            assertThat(text.formatCellValue(sheet.getRow(2).getCell(5))).isEqualTo("Có");
        }
    }

    @Test
    void theApiCreatesReadsAndRefusesAStaleChange() throws Exception {
        long id = create("Họ Phan", true);

        assertThat(mvc.perform(get("/api/v1/clans/" + id).with(officer)).andReturn().getResponse().getContentAsString())
                .contains("\"code\":\"DH-001\"", "\"name\":\"Họ Phan\"", "\"households\":[]");
        String change = "{\"name\":\"Họ Phan Văn\",\"hasBoard\":false,\"version\":0}";
        assertThat(mvc.perform(put("/api/v1/clans/" + id).with(officer).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(change)).andReturn().getResponse().getStatus()).isEqualTo(204);
        var stale = mvc.perform(put("/api/v1/clans/" + id).with(officer).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(change)).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(400);
        assertThat(stale.getContentAsString()).contains("registry.clan.changedMeanwhile");
    }

    @Test
    void aBranchOfficerReadsTheClansOfTheirCommuneButCannotChangeThem() throws Exception {
        long id = create("Họ Cao", false);
        var branch = TestSessions.signIn(mvc, "kp8.lienhuong", TestAccounts.PASSWORD);

        assertThat(mvc.perform(get("/registry/clans").with(branch)).andReturn().getResponse().getContentAsString())
                .contains("Họ Cao");
        assertThat(mvc.perform(get("/registry/clans/" + id).with(branch)).andReturn().getResponse().getContentAsString())
                .contains("Họ Cao").doesNotContain("clan-add-household");
        assertThat(mvc.perform(get("/registry/clans/" + id + "/edit").with(branch)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/registry/clans").param("commune", String.valueOf(commune)).with(branch))
                .andReturn().getResponse().getContentAsString()).contains("Họ Cao");
        long foreignCommune = new RegistryFixtures(jdbc).unit("27655");
        assertThat(mvc.perform(get("/registry/clans").param("commune", String.valueOf(foreignCommune)).with(branch))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theClanPageShowsItsHeadAndTheProblemOfAChangeMadeFromIt() throws Exception {
        long id = create("Họ Mai", true);

        var refused = mvc.perform(post("/registry/clans/" + id + "/households").param("code", "KHONG-CO")
                .with(officer).with(csrf())).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/registry/clans/" + id);
        String page = mvc.perform(get("/registry/clans/" + id).with(officer).flashAttrs(refused.getFlashMap()))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"clan-name\">Họ Mai<", "href=\"/registry/clans/" + id + "/edit\"",
                "Không có hộ mã &quot;KHONG-CO&quot; ở thôn đã chọn.", "id=\"clan-close\"",
                "action=\"/registry/clans/" + id + "/close\"");
        assertThat(mvc.perform(get("/registry/clans").param("q", "ho mai").with(officer)).andReturn().getResponse()
                .getContentAsString()).contains("id=\"commune\"", "id=\"clan-count\">Có 1 kết quả.<");
    }

    @Test
    void aTakenCodeIsRefusedOnTheFormWithTheValuesKept() throws Exception {
        create("Họ Tạ", false);

        String form = mvc.perform(post("/registry/clans").param("commune", String.valueOf(commune))
                        .param("code", "DH-001").param("name", "Họ Đoàn").param("_hasBoard", "on")
                        .with(officer).with(csrf()))
                .andReturn().getResponse().getContentAsString();

        assertThat(form).contains("id=\"form-errors\"", "Mã dòng họ &quot;DH-001&quot; đã có trong xã.",
                "value=\"DH-001\"");
    }

    private long create(String name, boolean board) throws Exception {
        var response = mvc.perform(post("/api/v1/clans").param("commune", String.valueOf(commune)).with(officer)
                .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"%s\",\"hasBoard\":%s}".formatted(name, board))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(201);
        return Long.parseLong(response.getContentAsString().replaceAll("\\D", ""));
    }
}

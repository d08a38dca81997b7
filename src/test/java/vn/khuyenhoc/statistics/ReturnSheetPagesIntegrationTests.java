package vn.khuyenhoc.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.geography.unit.UnitScopes;
import vn.khuyenhoc.statistics.counts.Ancestries;

/** The returns import as a commune officer uses it: template, upload, preview, file all; and the API. */
@IntegrationTest
@Transactional
class ReturnSheetPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UnitScopes scopes;
    @Autowired Ancestries ancestries;
    long commune;
    RequestPostProcessor admin;

    @BeforeEach
    void craftACommune() throws Exception {
        var fx = new StatisticsFixtures(jdbc);
        long province = jdbc.sql("select parent_id from geography_unit_current where code = '27655'")
                .query(Long.class).single();
        commune = fx.newUnit("TK711", "Xã Trang nhập thử", "COMMUNE", province, StatisticsFixtures.SINCE, null);
        fx.village("TK711-001", commune);
        fx.village("TK711-002", commune);
        scopes.rebuild();
        ancestries.rebuildAll();
        admin = TestSessions.signIn(mvc, "admin", "khuyenhoc");
    }

    @Test
    void theFilledTemplateIsPreviewedThenFiledFromThePage() throws Exception {
        byte[] template = mvc.perform(get("/statistics/areas/" + commune + "/returns/sheet/xlsx").param("year", "2019")
                .with(admin)).andReturn().getResponse().getContentAsByteArray();
        byte[] filled = fill(template, List.of("Gia đình học tập", "40", "30", "20", "66,67%"));

        String preview = mvc.perform(multipart("/statistics/areas/" + commune + "/returns/sheet")
                .file(new MockMultipartFile("file", "so-lieu.xlsx", null, filled)).with(admin).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("Tệp hợp lệ: 1 số liệu báo cáo sẵn sàng để lưu.", "Lưu 1 số liệu báo cáo");
        String rows = HtmlUtils.htmlUnescape(preview.replaceAll("(?s).*name=\"rows\" value=\"([^\"]*)\".*", "$1"));

        var filed = mvc.perform(post("/statistics/areas/" + commune + "/returns/sheet/commit").param("rows", rows)
                .with(admin).with(csrf())).andReturn();

        assertThat(filed.getResponse().getRedirectedUrl())
                .endsWith("/statistics/areas/" + commune + "/returns/sheet");
        assertThat(filed.getFlashMap().get("flash")).isEqualTo("statistics.returnSheet.filed");

        assertThat(jdbc.sql("""
                select r.subjects || '/' || r.registered || '/' || r.recognised || ' ' || r.printed_rate
                from stat_return r join geography_unit_current u on u.unit_id = r.unit_id
                where u.code = 'TK711-001' and r.year = 2019 and r.title = 'GIA_DINH'""")
                .query(String.class).single()).isEqualTo("40/30/20 66,67%");
    }

    @Test
    void theApiListsTheProblemsAndRefusesToFileWhileAnyIsLeft() throws Exception {
        byte[] template = mvc.perform(get("/api/v1/statistics/areas/" + commune + "/returns/template")
                .param("year", "2019").with(admin)).andReturn().getResponse().getContentAsByteArray();
        byte[] filled = fill(template, List.of("GIA_DINH", "40", "50", "20", ""));
        var file = new MockMultipartFile("file", "so-lieu.xlsx", null, filled);

        String preview = mvc.perform(multipart("/api/v1/statistics/areas/" + commune + "/returns/sheet").file(file)
                .with(admin).with(csrf())).andReturn().getResponse().getContentAsString();
        int status = mvc.perform(multipart("/api/v1/statistics/areas/" + commune + "/returns/sheet/commit").file(file)
                .with(admin).with(csrf())).andReturn().getResponse().getStatus();

        assertThat(preview).contains("\"row\":3", "\"column\":\"Số đăng ký\"",
                "\"key\":\"statistics.returnSheet.registeredAboveSubjects\"");
        assertThat(status).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from stat_return r join geography_unit_current u on u.unit_id = r.unit_id "
                + "where u.code like 'TK711%'").query(Long.class).single()).isZero();
    }

    /** Fills the first village's row (the template's third row) from the title column on. */
    private static byte[] fill(byte[] template, List<String> cells) throws Exception {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(template)); var out = new ByteArrayOutputStream()) {
            var row = book.getSheetAt(0).getRow(2);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("TK711-001");
            for (int c = 0; c < cells.size(); c++) {
                row.createCell(3 + c).setCellValue(cells.get(c));
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}

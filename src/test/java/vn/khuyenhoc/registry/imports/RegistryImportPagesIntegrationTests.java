package vn.khuyenhoc.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.TestSessions;

/** The import pages and API over HTTP: polling while working, the template, who may import what. */
@IntegrationTest
class RegistryImportPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ImportRecords store;
    @Autowired JdbcClient jdbc;

    @Test
    void theStatusPollsEverySecondWhileWorkingAndStopsWhenDone() throws Exception {
        var officer = TestSessions.signIn(mvc, "xa.lienhuong", "khuyenhoc");
        long userId = jdbc.sql("select id from app_user where username = 'xa.lienhuong'").query(Long.class).single();
        long id = store.create(ImportKind.HOUSEHOLDS, "ho.xlsx", userId);
        try {
            String working = mvc.perform(get("/registry/imports/{id}/progress", id).with(officer))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(working).contains("hx-trigger=\"every 1s\"", "Đang đọc tệp");
            store.refused(id, "REFUSED", "registry.imports.csvNotUtf8", new Object[0]);
            String done = mvc.perform(get("/registry/imports/{id}", id).with(officer))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(done).doesNotContain("hx-trigger").contains("Windows-1258");
            var other = TestSessions.signIn(mvc, "kp8.lienhuong", "khuyenhoc");
            mvc.perform(get("/registry/imports/{id}", id).with(other)).andExpect(status().isNotFound());
        } finally {
            jdbc.sql("delete from reg_import where id = :id").param("id", id).update();
        }
    }

    @Test
    void theHouseholdsTemplateHasBothSheetsWithTheirHeadersAndAnExampleRow() throws Exception {
        var officer = TestSessions.signIn(mvc, "kp8.lienhuong", "khuyenhoc");
        byte[] body = mvc.perform(get("/registry/imports/template").param("kind", "HOUSEHOLDS").with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Hộ gia đình");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Thành viên");
            var headers = new ArrayList<String>();
            workbook.getSheetAt(1).getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).isEqualTo(ImportFiles.MEMBER_HEADER);
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(5).getStringCellValue()).isEqualTo("Chủ hộ");
        }
    }

    @Test
    void aBranchOfficerMayImportHouseholdsButNotOrganisations() throws Exception {
        var officer = TestSessions.signIn(mvc, "kp8.lienhuong", "khuyenhoc");
        var file = new MockMultipartFile("file", "don-vi.xlsx", null, ImportFiles.xlsx(java.util.Map.of("Đơn vị",
                List.of(List.of("Mã xã")))));
        mvc.perform(multipart("/api/v1/registry/imports").file(file).param("kind", "ORGANISATIONS").with(officer)
                .with(csrf())).andExpect(status().isForbidden());
        String page = mvc.perform(get("/registry/imports").with(officer)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("value=\"HOUSEHOLDS\"").doesNotContain("value=\"ORGANISATIONS\"");
    }
}

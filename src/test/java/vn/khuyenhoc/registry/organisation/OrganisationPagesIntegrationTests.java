package vn.khuyenhoc.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
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

/** The organisation list's Excel export as filtered, and the JSON API, through HTTP as a commune officer. */
@IntegrationTest
@Transactional
class OrganisationPagesIntegrationTests {

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
    void theExportHoldsTheFilteredListWithVietnameseHeaders() throws Exception {
        create("Trường Tiểu học Thử Nghiệm Đông Hải", "PRIMARY_SCHOOL", 25);
        create("Trường Mầm non Thử Nghiệm Ánh Dương", "KINDERGARTEN", 12);
        create("Công an Đông Hải", "ARMED_FORCES", 20);

        var response = mvc.perform(get("/registry/organisations/export").param("commune", String.valueOf(commune))
                .param("q", "thu nghiem").with(officer)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).contains("don-vi.xlsx");
        var sheet = read(response.getContentAsByteArray());
        assertThat(sheet.get(0)).startsWith("Xã", "Mã đơn vị", "Tên đơn vị", "Loại hình", "Cấp quản lý",
                "Số cán bộ, nhân viên (đơn vị khai)");
        assertThat(sheet).hasSize(3);
        assertThat(sheet.get(1)).startsWith("Xã Liên Hương", "DV-002", "Trường Mầm non Thử Nghiệm Ánh Dương", "Trường mầm non",
                "Cấp xã", "12", "0");
        assertThat(sheet.get(2).get(2)).isEqualTo("Trường Tiểu học Thử Nghiệm Đông Hải");
    }

    @Test
    void theApiCreatesReadsChangesAndAddsStaff() throws Exception {
        long id = create("Trường THCS Thử Nghiệm", "LOWER_SECONDARY_SCHOOL", 40);

        var read = mvc.perform(get("/api/v1/organisations/" + id).with(officer)).andReturn().getResponse();
        assertThat(read.getContentAsString()).contains("\"code\":\"DV-001\"", "\"staffCount\":40", "\"version\":0");
        var staff = mvc.perform(post("/api/v1/organisations/" + id + "/staff").with(officer).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\":\"Nguyễn Văn Bình\",\"birthYear\":1980,\"sex\":\"MALE\",\"position\":\"Hiệu trưởng\"}"))
                .andReturn().getResponse();
        assertThat(staff.getStatus()).isEqualTo(201);
        assertThat(mvc.perform(get("/api/v1/organisations/" + id + "/staff").with(officer)).andReturn().getResponse()
                .getContentAsString()).contains("Nguyễn Văn Bình", "Hiệu trưởng");
        String change = "{\"name\":\"Trường THCS Thử Nghiệm\",\"kind\":\"LOWER_SECONDARY_SCHOOL\","
                + "\"managingLevel\":\"COMMUNE\",\"staffCount\":41,\"version\":0}";
        assertThat(mvc.perform(put("/api/v1/organisations/" + id).with(officer).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(change)).andReturn().getResponse().getStatus()).isEqualTo(204);
        var stale = mvc.perform(put("/api/v1/organisations/" + id).with(officer).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(change)).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(400);
        assertThat(stale.getContentAsString()).contains("registry.organisation.changedMeanwhile");
        assertThat(mvc.perform(get("/api/v1/organisations").param("q", "thcs thu nghiem").with(officer)).andReturn()
                .getResponse().getContentAsString()).contains("\"total\":1", "\"staffRecorded\":1");
    }

    @Test
    void theListAnswersHtmxWithItsRowsOnly() throws Exception {
        create("Trường Tiểu học Phú Lạc", "PRIMARY_SCHOOL", 10);

        String rows = mvc.perform(get("/registry/organisations").param("q", "phu lac").header("HX-Request", "true")
                .with(officer)).andReturn().getResponse().getContentAsString();
        assertThat(rows).contains("Trường Tiểu học Phú Lạc", "id=\"organisations\"").doesNotContain("<nav class=\"navbar");
    }

    private long create(String name, String kind, int staff) throws Exception {
        String body = "{\"name\":\"%s\",\"kind\":\"%s\",\"managingLevel\":\"COMMUNE\",\"staffCount\":%d}"
                .formatted(name, kind, staff);
        var response = mvc.perform(post("/api/v1/organisations").param("commune", String.valueOf(commune))
                .with(officer).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(201);
        return Long.parseLong(response.getContentAsString().replaceAll("\\D", ""));
    }

    static List<List<String>> read(byte[] xlsx) throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var formatter = new DataFormatter();
            var rows = new ArrayList<List<String>>();
            for (var row : workbook.getSheetAt(0)) {
                var cells = new ArrayList<String>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}

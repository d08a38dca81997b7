package vn.khuyenhoc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;

/** The downloads of everything held about a person, read back: the JSON document and the workbook. */
@IntegrationTest
@Transactional
class PersonExportIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    RequestPostProcessor officer;
    long person;

    @BeforeEach
    void aMemberWhoIsAlsoStaff() throws Exception {
        var fixtures = new RegistryFixtures(jdbc);
        long household = fixtures.household("22969-008", "X-HH", null);
        long school = fixtures.organisation("22969", "X-ORG", "Trường THCS Xuất Dữ Liệu");
        person = fixtures.person("Mai Thị Xuất", 1979, TargetGroup.OFFICIAL);
        fixtures.member(household, person, Relation.SPOUSE);
        fixtures.staff(school, person, "Kế toán");
        fixtures.consent(household, 1);
        officer = TestSessions.signIn(mvc, "kp8.lienhuong", TestAccounts.PASSWORD);
    }

    @Test
    void theJsonDownloadHoldsThePersonTheirHouseholdsPositionsAndConsents() throws Exception {
        mvc.perform(get("/registry/persons/{id}/export", person).param("format", "json").with(officer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"nguoi-" + person + ".json\"")))
                .andExpect(jsonPath("$.fullName").value("Mai Thị Xuất"))
                .andExpect(jsonPath("$.memberships[0].householdCode").value("X-HH"))
                .andExpect(jsonPath("$.memberships[0].relation").value("SPOUSE"))
                .andExpect(jsonPath("$.positions[0].position").value("Kế toán"))
                .andExpect(jsonPath("$.consents[0].givenOn").value("2020-01-01"));
        assertThat(exports()).isEqualTo(1);
    }

    @Test
    void theWorkbookHasOneSheetPerSectionWithVietnameseHeaders() throws Exception {
        byte[] file = mvc.perform(get("/registry/persons/{id}/export", person).param("format", "xlsx").with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            assertThat(cell(book.getSheet("Cá nhân"), 1, 1)).isEqualTo(String.valueOf(person));
            assertThat(cell(book.getSheet("Cá nhân"), 2, 1)).isEqualTo("Mai Thị Xuất");
            assertThat(cell(book.getSheet("Cá nhân"), 3, 1)).isEqualTo("1979");
            assertThat(cell(book.getSheet("Hộ gia đình"), 0, 0)).isEqualTo("Mã hộ");
            assertThat(cell(book.getSheet("Hộ gia đình"), 1, 0)).isEqualTo("X-HH");
            assertThat(cell(book.getSheet("Hộ gia đình"), 1, 2)).isEqualTo("Vợ/chồng");
            assertThat(cell(book.getSheet("Hộ gia đình"), 1, 3)).isEqualTo("01/01/2020");
            assertThat(cell(book.getSheet("Đơn vị công tác"), 1, 1)).isEqualTo("Trường THCS Xuất Dữ Liệu");
            assertThat(cell(book.getSheet("Đồng ý lưu giữ"), 1, 2)).isEqualTo("v1");
        }
        assertThat(exports()).isEqualTo(1);
    }

    @Test
    void anUnknownFormatIsRefusedWithAMessage() throws Exception {
        mvc.perform(get("/registry/persons/{id}/export", person).param("format", "pdf").with(officer))
                .andExpect(status().isBadRequest());
        assertThat(exports()).isZero();
    }

    private long exports() {
        return jdbc.sql("select count(*) from audit_entry where entity = 'person' and entity_id = :id and action = 'export'")
                .param("id", person).query(Long.class).single();
    }

    private static String cell(Sheet sheet, int row, int column) {
        return new DataFormatter().formatCellValue(sheet.getRow(row).getCell(column));
    }
}

package vn.khuyenhoc.association;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import vn.khuyenhoc.association.imports.PopulationSheet;

/** Populations imported from a small sheet by Xã Liên Hương's commune officer: all rows or none. */
@IntegrationTest
@Transactional
class PopulationImportIntegrationTests {

    @Autowired Populations populations;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    @BeforeEach
    void signIn() {
        new TestAccounts(jdbc, accounts, users).signIn("xa.lienhuong");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aSheetWithAnyBadRowWritesNothingAndAGoodOneWritesEveryRow() throws IOException {
        var bad = populations.importSheet(sheet(List.of(List.of("22969", "2024", "31.250"),
                List.of("27655", "2024", "40000"), List.of("22969-008", "năm", "1200"))));
        assertThat(bad).extracting(Populations.Problem::line, Populations.Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "association.population.unitUnknown"),
                org.assertj.core.groups.Tuple.tuple(4, "association.population.invalidRow"));
        assertThat(population("22969", 2024)).isNull();

        var good = populations.importSheet(sheet(List.of(List.of("22969", "2024", "31.250"),
                List.of("22969-008", "2024", "2100"))));
        assertThat(good).isEmpty();
        assertThat(population("22969", 2024)).isEqualTo(31_250L);
        assertThat(population("22969-008", 2024)).isEqualTo(2_100L);
    }

    @Test
    void theFiguresPageListsTheProblemsOfASheetByLine() throws Exception {
        TestAccounts.signOut();
        var session = vn.khuyenhoc.accounts.TestSessions.signIn(mvc, "xa.lienhuong", "khuyenhoc");
        var file = new org.springframework.mock.web.MockMultipartFile("file", "dan-so.xlsx", null,
                sheet(List.of(List.of("27655", "2024", "40000"))));
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/association/figures/populations/import").file(file).with(session)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Dòng 2: Không có đơn vị mã 27655 trong địa bàn của bạn.");
    }

    private Long population(String code, int year) {
        return jdbc.sql("""
                select p.population from association_population_by_year p
                join geography_unit_current g on g.unit_id = p.unit_id where g.code = :code and p.year = :year""")
                .param("code", code).param("year", year).query(Long.class).optional().orElse(null);
    }

    private static byte[] sheet(List<List<String>> rows) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Dân số");
            var header = sheet.createRow(0);
            for (int i = 0; i < PopulationSheet.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(PopulationSheet.HEADERS.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}

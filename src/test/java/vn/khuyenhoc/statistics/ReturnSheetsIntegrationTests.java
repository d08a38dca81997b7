package vn.khuyenhoc.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
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
import vn.khuyenhoc.geography.unit.UnitScopes;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.statistics.counts.Ancestries;

@IntegrationTest
@Transactional
class ReturnSheetsIntegrationTests {

    static final List<String> HEADER = List.of("Mã địa bàn", "Tên địa bàn", "Năm", "Danh hiệu", "Tổng số đối tượng",
            "Số đăng ký", "Số đạt", "Tỷ lệ đã ghi trong báo cáo");

    @Autowired JdbcClient jdbc;
    @Autowired ReturnSheets sheets;
    @Autowired Statistics statistics;
    @Autowired UnitScopes scopes;
    @Autowired Ancestries ancestries;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    long commune;
    long a;
    long b;

    @BeforeEach
    void craftACommuneOfTwoVillagesAndANeighbour() {
        new TestAccounts(jdbc, accounts, users).signIn("admin");
        var fx = new StatisticsFixtures(jdbc);
        long province = jdbc.sql("select parent_id from geography_unit_current where code = '27655'")
                .query(Long.class).single();
        commune = fx.newUnit("TK701", "Xã Nhập Excel thử", "COMMUNE", province, StatisticsFixtures.SINCE, null);
        a = fx.village("TK701-001", commune);
        b = fx.village("TK701-002", commune);
        fx.newUnit("TK702", "Xã Láng giềng thử", "COMMUNE", province, StatisticsFixtures.SINCE, null);
        scopes.rebuild();
        ancestries.rebuildAll();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void theTemplateListsTheAreaAndItsVillagesWithTheYearAndTheTitlesToChooseFrom() throws Exception {
        var out = new ByteArrayOutputStream();
        sheets.template(commune, 2019, out);

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var text = new DataFormatter();
            var sheet = book.getSheetAt(0);
            var header = new ArrayList<String>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).isEqualTo(HEADER);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(List.of(text.formatCellValue(sheet.getRow(1).getCell(0)),
                    text.formatCellValue(sheet.getRow(1).getCell(1)), text.formatCellValue(sheet.getRow(1).getCell(2))))
                    .containsExactly("TK701", "Xã Nhập Excel thử", "2019");
            assertThat(text.formatCellValue(sheet.getRow(3).getCell(0))).isEqualTo("TK701-002");
            assertThat(sheet.getColumnStyle(7).getDataFormatString()).isEqualTo("@");
            var titles = book.getSheetAt(1);
            assertThat(titles.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Gia đình học tập");
            assertThat(titles.getLastRowNum()).isEqualTo(7);
            assertThat(sheet.getDataValidations()).hasSize(1);
        }
    }

    @Test
    void aFilledTemplateIsFiledWholeWithOneAuditEntryAndCountsAsReported() throws Exception {
        Path file = workbook(List.of(
                List.of("TK701-001", "Ấp thử TK701-001", "2019", "Gia đình học tập", "100", "80", "70", "70,00%"),
                List.of("TK701-002", "", "2019", "GIA_DINH", "50", "50", "45", ""),
                List.of("TK701", "", "2019", "", "", "", "", "")));
        long auditBefore = imports();

        ReturnUpload upload = sheets.read(commune, file);
        assertThat(upload.problems()).isEmpty();
        assertThat(upload.returns()).hasSize(2);
        List<Long> ids = sheets.fileAll(commune, upload.rows());

        assertThat(ids).hasSize(2);
        assertThat(imports()).isEqualTo(auditBefore + 1);
        assertThat(jdbc.sql("select printed_rate from stat_return where unit_id = :a and year = 2019")
                .param("a", a).query(String.class).single()).isEqualTo("70,00%");
        Figure total = statistics.figures(commune, 2019, "GIA_DINH", BoundaryView.AS_THE_MAP_WAS).total();
        assertThat(List.of(total.subjects(), total.registered(), total.recognised())).containsExactly(150L, 130L, 115L);
        assertThat(total.reported()).isTrue();
    }

    @Test
    void aFileWithProblemsListsThemInVietnameseByRowAndColumnAndFilesNothing() throws Exception {
        Path file = workbook(List.of(
                List.of("TK701-001", "", "2019", "GIA_DINH", "100", "120", "130", "ba mươi"),
                List.of("TK702", "", "2019", "GIA_DINH", "10", "5", "5", ""),
                List.of("TK701-002", "", "2019", "GIA_DINH", "50", "50", "45", "")));

        ReturnUpload upload = sheets.read(commune, file);

        assertThat(upload.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.key()).containsExactly(
                "2 Số đạt statistics.returnSheet.recognisedAboveRegistered",
                "2 Số đăng ký statistics.returnSheet.registeredAboveSubjects",
                "2 Tỷ lệ đã ghi trong báo cáo statistics.returnSheet.notARate",
                "3 Mã địa bàn statistics.returnSheet.outsideArea");
        assertThatThrownBy(() -> sheets.fileAll(commune, upload.rows())).isInstanceOf(InvalidInput.class);
        assertThat(jdbc.sql("select count(*) from stat_return where unit_id in (:a, :b)")
                .param("a", a).param("b", b).query(Long.class).single()).isZero();
    }

    @Test
    void aWorkbookThatIsNotTheTemplateIsRefused() throws Exception {
        Path file = Files.createTempFile("returns-test-", ".xlsx");
        try (var book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            book.createSheet("x").createRow(0).createCell(0).setCellValue("Họ tên");
            book.write(out);
        }
        assertThatThrownBy(() -> sheets.read(commune, file)).isInstanceOf(InvalidInput.class)
                .hasMessage("statistics.returnSheet.notOurs");
    }

    private long imports() {
        return jdbc.sql("select count(*) from audit_entry where entity = 'statistics-return' and action = 'import'")
                .query(Long.class).single();
    }

    private static Path workbook(List<List<String>> rows) throws Exception {
        Path file = Files.createTempFile("returns-test-", ".xlsx");
        try (var book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = book.createSheet("Số liệu báo cáo");
            var all = new ArrayList<List<String>>();
            all.add(HEADER);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    row.createCell(c).setCellValue(all.get(r).get(c));
                }
            }
            book.write(out);
        }
        file.toFile().deleteOnExit();
        return file;
    }
}

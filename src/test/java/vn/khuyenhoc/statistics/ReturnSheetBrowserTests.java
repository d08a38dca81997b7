package vn.khuyenhoc.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khuyenhoc.Browser;
import vn.khuyenhoc.IntegrationTest;

/**
 * A commune officer of Liên Hương, in Chromium, uploads a returns workbook made without the template download
 * (one row wrong), reads the problem by row and column in Vietnamese, uploads the corrected file, files it and sees
 * the figure marked as reported on the dashboard. What the browser committed is removed afterwards.
 */
@IntegrationTest
class ReturnSheetBrowserTests {

    static final int YEAR = 2008;
    static final List<String> HEADERS = List.of("Mã địa bàn", "Tên địa bàn", "Năm", "Danh hiệu", "Tổng số đối tượng",
            "Số đăng ký", "Số đạt", "Tỷ lệ đã ghi trong báo cáo");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    Browser browser;
    long commune;
    long village;
    String villageCode;
    String villageName;
    boolean hadAncestry;
    Path file;

    @BeforeEach
    void aVillageOfLienHuong() throws Exception {
        commune = jdbc.sql("select unit_id from geography_unit_current where code = '22969' and not closed")
                .query(Long.class).single();
        var first = jdbc.sql("""
                select unit_id, code, name from geography_unit_current
                where parent_id = :c and kind = 'VILLAGE' and not closed order by code limit 1""")
                .param("c", commune).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
        village = Long.parseLong(first.get(0));
        villageCode = first.get(1);
        villageName = first.get(2);
        hadAncestry = jdbc.sql("select exists (select 1 from stat_ancestry where year = :y)").param("y", YEAR)
                .query(Boolean.class).single();
        file = Files.createTempFile("so-lieu-bao-cao-", ".xlsx");
    }

    @AfterEach
    void closeAndRemoveWhatTheBrowserFiled() throws Exception {
        if (browser != null) {
            browser.close();
        }
        Files.deleteIfExists(file);
        transactions.executeWithoutResult(status -> {
            jdbc.sql("delete from stat_return where unit_id = :u and year = :y").param("u", village).param("y", YEAR)
                    .update();
            jdbc.sql("delete from stat_count where unit_id = :u and year = :y and source = 'REPORTED'")
                    .param("u", village).param("y", YEAR).update();
            if (!hadAncestry) {
                jdbc.sql("delete from stat_ancestry where year = :y").param("y", YEAR).update();
            }
        });
    }

    @Test
    void aCommuneOfficerFixesTheRowTheCheckNamedThenFilesAndSeesTheReportedFigure() throws Exception {
        browser = Browser.open(port, Browser.DESKTOP);
        browser.signIn("xa.lienhuong", "khuyenhoc");
        browser.get("/statistics/areas/" + commune + "/returns/sheet");

        upload("một");
        assertThat(browser.text(By.id("upload-status"))).contains("Tệp có 1 lỗi; chưa lưu số liệu nào.");
        var problem = browser.driver().findElements(By.cssSelector("#upload-problems tbody tr td")).stream()
                .map(cell -> cell.getText()).toList();
        assertThat(problem).containsExactly("3", "Số đạt",
                "Số \"một\" không phải số nguyên (ghi số, không dấu chấm, không dấu phẩy).");
        assertThat(browser.driver().findElements(By.id("return-commit"))).isEmpty();

        upload("1");
        assertThat(browser.text(By.id("upload-status"))).contains("Tệp hợp lệ: 2 số liệu báo cáo sẵn sàng để lưu.");
        browser.submitAndWaitForTheNextPage(By.id("return-commit"));
        assertThat(browser.driver().getPageSource()).contains("Đã lưu các số liệu báo cáo từ tệp Excel.");

        browser.get("/statistics/areas/" + commune + "?year=" + YEAR + "&title=GIA_DINH&view=TODAYS_MAP");
        browser.waitForText(By.id("area-name"), "Liên Hương");
        String line = browser.text(By.xpath("//table[@id='titles']//tr[td[contains(., 'Gia đình học tập')]]"));
        assertThat(line).contains("Số liệu báo cáo", "987", "654", "66,26%");
    }

    /** Writes the workbook (a good row, then a Cộng đồng học tập row recognising {@code recognised}) and sends it. */
    private void upload(String recognised) throws Exception {
        try (var book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = book.createSheet("Số liệu báo cáo");
            row(sheet, 0, HEADERS);
            row(sheet, 1, List.of(villageCode, villageName, String.valueOf(YEAR), "Gia đình học tập", "1234", "987",
                    "654", "53,00%"));
            row(sheet, 2, List.of(villageCode, villageName, String.valueOf(YEAR), "CONG_DONG_THON", "1", "1",
                    recognised, ""));
            book.write(out);
        }
        browser.driver().findElement(By.id("return-file")).sendKeys(file.toAbsolutePath().toString());
        browser.submitAndWaitForTheNextPage(By.id("return-upload"));
    }

    private static void row(org.apache.poi.ss.usermodel.Sheet sheet, int index, List<String> cells) {
        var row = sheet.createRow(index);
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }
}

package vn.khuyenhoc.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.Browser;
import vn.khuyenhoc.IntegrationTest;

/** A commune officer imports a small households file in Chromium on a phone: progress, preview, commit, result. */
@IntegrationTest
class ImportBrowserTests {

    static final Dimension PHONE = new Dimension(390, 844);
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    Browser browser;
    Path file;

    @AfterEach
    void cleanUp() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (file != null) {
            Files.deleteIfExists(file);
        }
        jdbc.sql("create temp table browser_people as select m.person_id from reg_member m join reg_household h "
                + "on h.id = m.household_id where h.code like 'BROWSER-%'").update();
        jdbc.sql("delete from reg_member where household_id in (select id from reg_household where code like 'BROWSER-%')")
                .update();
        jdbc.sql("delete from reg_household_residence where household_id in "
                + "(select id from reg_household where code like 'BROWSER-%')").update();
        jdbc.sql("delete from reg_household where code like 'BROWSER-%'").update();
        jdbc.sql("delete from reg_person where id in (select person_id from browser_people)").update();
        jdbc.sql("drop table browser_people").update();
    }

    @Test
    void anOfficerUploadsSeesThePreviewCommitsAndSeesTheResult() throws Exception {
        file = Files.createTempFile("ho-gia-dinh-", ".xlsx");
        Files.write(file, ImportFiles.twoSheets(
                List.of(List.of("22969-014", "BROWSER-1", "Số 5 Lê Lợi", "", "", ""),
                        List.of("22969-014", "BROWSER-2", "Số 7 Lê Lợi", "", "", "")),
                List.of(List.of("22969-014", "BROWSER-1", "Phạm Văn Sơn", "1970", "Nam", "Chủ hộ", "", "", ""),
                        List.of("22969-014", "BROWSER-1", "Phạm Thị Hoa", "2008", "Nữ", "Con", "Trung học phổ thông", "", ""),
                        List.of("22969-014", "BROWSER-2", "Hồ Văn Tâm", "1965", "Nam", "Chủ hộ", "", "", ""))));
        browser = Browser.open(port, PHONE);
        browser.signIn("xa.lienhuong", "khuyenhoc");
        browser.get("/registry/imports");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Nhập sổ hộ, dòng họ, đơn vị từ Excel");

        new Select(browser.driver().findElement(By.id("kind"))).selectByValue("HOUSEHOLDS");
        browser.driver().findElement(By.id("file")).sendKeys(file.toString());
        browser.click(By.id("upload-submit"));

        browser.waitForText(By.id("counts-records"), "Hộ gia đình");
        assertThat(browser.text(By.id("counts-records"))).contains("2");
        assertThat(browser.text(By.id("counts-members"))).contains("3");
        browser.click(By.id("commit-submit"));

        browser.waitForText(By.id("import-done"), "Đã ghi vào sổ");
        assertThat(jdbc.sql("select count(*) from reg_household where code like 'BROWSER-%'").query(Integer.class)
                .single()).isEqualTo(2);
    }

    @Test
    void aFileWithProblemsListsThemByRowAndColumnAndOffersNoCommit() throws Exception {
        file = Files.createTempFile("ho-gia-dinh-", ".xlsx");
        Files.write(file, ImportFiles.twoSheets(List.of(List.of("22969-014", "BROWSER-3", "", "", "", "")),
                List.of(List.of("22969-014", "BROWSER-3", "Ngô Văn Lộc", "1850", "Nam", "Chủ hộ", "", "", ""))));
        browser = Browser.open(port, PHONE);
        browser.signIn("xa.lienhuong", "khuyenhoc");
        browser.get("/registry/imports");
        browser.driver().findElement(By.id("file")).sendKeys(file.toString());
        browser.click(By.id("upload-submit"));

        browser.waitForText(By.id("import-problems"), "Năm sinh 1850 không hợp lệ");
        assertThat(browser.text(By.cssSelector(".import-problem"))).contains("2", "Năm sinh");
        assertThat(browser.driver().findElements(By.id("commit-submit"))).isEmpty();
    }
}

package vn.khuyenhoc.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.Browser;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.registry.RegistryFixtures;

/**
 * A commune officer, on a phone in Chromium, records a giấy khen for a clan of the commune (found by its name typed
 * without diacritics) and sees it in the year's list. The server commits, so the clan and the commendation are
 * removed afterwards (the audit entry stays, as audit entries do).
 */
@IntegrationTest
class CommendationBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    Browser browser;
    long clan;

    @AfterEach
    void closeBrowserAndRemoveTheRecords() {
        if (browser != null) {
            browser.close();
        }
        jdbc.sql("delete from commendation where recipient_kind = 'CLAN' and recipient_id = :c").param("c", clan).update();
        jdbc.sql("delete from reg_clan where id = :c").param("c", clan).update();
    }

    @Test
    void aCommuneOfficerRecordsACommendationAndSeesItInTheList() throws Exception {
        clan = new RegistryFixtures(jdbc).clan("22969", "KT-BROWSER", "Họ Trình Duyệt Khen");
        browser = Browser.open(port, Browser.PHONE);
        browser.signIn("xa.lienhuong", "khuyenhoc");

        browser.get("/commendations");
        browser.click(By.id("new-commendation"));
        new Select(browser.driver().findElement(By.id("kind"))).selectByValue("BANG_KHEN");
        new Select(browser.driver().findElement(By.id("recipientKind"))).selectByValue("CLAN");
        browser.driver().findElement(By.id("recipient-q")).sendKeys("trinh duyet");
        browser.click(By.id("recipient-" + clan));
        browser.driver().findElement(By.id("issuingBody")).sendKeys("Hội Khuyến học xã Liên Hương");
        browser.driver().findElement(By.id("decisionNumber")).sendKeys("TD-01/QĐ-HKH");
        browser.setValue(By.id("decisionDate"), LocalDate.now().toString());
        browser.driver().findElement(By.id("reason")).sendKeys("Dòng họ hiếu học tiêu biểu");
        browser.click(By.id("save-commendation"));

        browser.waitForText(By.id("commendations"), "Họ Trình Duyệt Khen");
        assertThat(browser.text(By.id("commendations"))).contains("Bằng khen", "TD-01/QĐ-HKH",
                "Dòng họ hiếu học tiêu biểu", "Dòng họ");
    }
}

package vn.khuyenhoc.learningcentre;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.Browser;
import vn.khuyenhoc.IntegrationTest;

/**
 * A commune officer, on a phone in Chromium, records a class at Liên Hương's centre and sees this year's learner
 * visits grow by its participants (no visits are entered for this year, so the activities count). The server
 * commits, so the activity is removed afterwards.
 */
@IntegrationTest
class CentreBrowserTests {

    static final String TITLE = "Lớp tin học thử trình duyệt";
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    Browser browser;

    @AfterEach
    void closeBrowserAndRemoveTheActivity() {
        if (browser != null) {
            browser.close();
        }
        jdbc.sql("delete from lc_activity where title = :t").param("t", TITLE).update();
    }

    @Test
    void aCommuneOfficerRecordsAnActivityAndSeesTheYearsVisitCount() throws Exception {
        long centre = new LearningCentreFixtures(jdbc).centre("22969");
        int year = LocalDate.now().getYear();
        long before = jdbc.sql("""
                select coalesce((select visits from lc_visits where centre_id = :c and year = :y),
                                (select coalesce(sum(participants), 0) from lc_activity where centre_id = :c and year = :y))""")
                .param("c", centre).param("y", year).query(Long.class).single();
        browser = Browser.open(port, Browser.PHONE);
        browser.signIn("xa.lienhuong", "khuyenhoc");

        browser.get("/learning-centres");
        browser.click(By.linkText("Trung tâm học tập cộng đồng xã Liên Hương"));
        browser.driver().findElement(By.id("title")).sendKeys(TITLE);
        browser.driver().findElement(By.id("participants")).sendKeys("37");
        browser.click(By.id("save-activity"));

        browser.waitForText(By.id("activities"), TITLE);
        assertThat(browser.text(By.id("visits-" + year))).isEqualTo(String.format(
                java.util.Locale.forLanguageTag("vi-VN"), "%,d", before + 37));
    }
}

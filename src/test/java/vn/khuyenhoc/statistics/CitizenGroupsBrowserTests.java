package vn.khuyenhoc.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.Browser;
import vn.khuyenhoc.IntegrationTest;

/** The citizens' dashboard loads the table by target group by itself (htmx), on a phone; other titles do not. */
@IntegrationTest
class CitizenGroupsBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theNhaBePilotIsShownByTargetGroupUnderTheCitizensFigures() throws Exception {
        long nhaBe = jdbc.sql("select unit_id from geography_unit_current where code = '27655' and not closed")
                .query(Long.class).single();
        browser = Browser.open(port, Browser.PHONE);
        browser.signIn("admin", "khuyenhoc");

        browser.get("/statistics/areas/" + nhaBe + "?year=2022&title=CONG_DAN&view=TODAYS_MAP");
        browser.waitForText(By.id("citizen-groups"), "Cán bộ, công chức, viên chức");
        assertThat(browser.text(By.id("citizen-groups"))).contains("Công dân học tập theo đối tượng", "%");

        browser.get("/statistics/areas/" + nhaBe + "?year=2022&title=GIA_DINH&view=TODAYS_MAP");
        browser.waitForText(By.id("area-name"), "Nhà Bè");
        assertThat(browser.driver().findElements(By.id("citizen-groups"))).isEmpty();
    }
}

package vn.khuyenhoc.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.Browser;
import vn.khuyenhoc.IntegrationTest;

/**
 * The editor in Chromium, as Lâm Đồng's province officer: copy the national Công dân học tập set into the
 * province's variant, change a point value and see the total follow, publish, and see the new version.
 */
@IntegrationTest
class CriteriaEditorBrowserTests {

    static final String VARIANT = "CDHT-244-2022-68";
    static Browser browser;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) throws Exception {
        browser = Browser.open(port, Browser.DESKTOP);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The browser's changes are committed by the app: remove the variant it made. */
    @AfterEach
    void removeTheVariant() {
        jdbc.sql("delete from criteria_set where code = :code").param("code", VARIANT).update();
    }

    @Test
    void aProvinceOfficerCopiesASetChangesAPointValuePublishesAndSeesTheNewVersion() {
        long national = jdbc.sql("select id from criteria_set where code = 'CDHT-244-2022' and version = 1")
                .query(Long.class).single();
        browser.signIn("tinh.lamdong", "khuyenhoc");
        browser.get("/criteria/sets/" + national);
        assertThat(browser.text(By.id("set-status"))).isEqualTo("Đã công bố");

        browser.click(By.id("set-copy"));
        browser.waitForText(By.id("editor-version"), VARIANT + " · v1");
        var points = browser.driver().findElement(By.cssSelector("#node-form-1 input[name=maxPoints]"));
        String next = points.getAttribute("id").replace("-maxPoints", "-more");
        points.clear();
        points.sendKeys("10", Keys.TAB);
        browser.waitForText(By.id("rule-total"), "Tổng điểm: 10/100");
        // The editor is re-rendered after each change; the field the officer tabbed to keeps the focus
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo(next);
        assertThat(browser.text(By.id("rule-findings"))).contains("Tổng điểm 10/100 — thiếu 90 điểm.");

        browser.click(By.id("editor-publish"));
        browser.waitForText(By.id("set-status"), "Đã công bố");

        assertThat(browser.text(By.id("set-version"))).isEqualTo(VARIANT + " · v1");
        assertThat(browser.text(By.id("set-owner"))).contains("Lâm Đồng");
        assertThat(browser.text(By.id("criteria-tree"))).contains("10");
        browser.get("/criteria/sets?owner=provincial&title=CONG_DAN");
        assertThat(browser.text(By.id("criteria-table"))).contains(VARIANT + " · v1");
    }

    /** The list, a set and the editor fit a phone's width: tables scroll inside their box, forms stack. */
    @Test
    void theListASetAndTheEditorFitAPhone() {
        long national = jdbc.sql("select id from criteria_set where code = 'CDHT-244-2022' and version = 1")
                .query(Long.class).single();
        browser.driver().manage().window().setSize(Browser.PHONE);
        try {
            browser.signIn("tinh.lamdong", "khuyenhoc");
            browser.get("/criteria/sets");
            assertFitsThePhone("list");
            browser.get("/criteria/sets/" + national);
            assertFitsThePhone("set");
            browser.click(By.id("set-copy"));
            browser.waitForText(By.id("editor-version"), VARIANT + " · v1");
            assertFitsThePhone("editor");
        } finally {
            browser.driver().manage().window().setSize(Browser.DESKTOP);
        }
    }

    private void assertFitsThePhone(String page) {
        long width = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth");
        assertThat(width).as("%s: nothing overflows the phone's width", page)
                .isLessThanOrEqualTo(Browser.PHONE.getWidth());
    }
}

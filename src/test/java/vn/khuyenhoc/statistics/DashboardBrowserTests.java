package vn.khuyenhoc.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khuyenhoc.Browser;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.statistics.counts.YearRecompute;

/**
 * A province officer, on a phone in Chromium, opens the statistics, sees the charts drawn, drills down from the
 * province to Xã Liên Hương and to one of its villages, and goes back up by the breadcrumbs. The counts of the
 * year are recomputed and committed first (derived data, removed afterwards).
 */
@IntegrationTest
class DashboardBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired YearRecompute recompute;
    @Autowired TransactionTemplate transactions;
    Browser browser;
    final int year = LocalDate.now().getYear();

    @AfterEach
    void closeBrowserAndDropTheCounts() {
        if (browser != null) {
            browser.close();
        }
        transactions.executeWithoutResult(status -> {
            jdbc.sql("delete from stat_count where year = :y and source = 'RECORDS'").param("y", year).update();
            jdbc.sql("delete from stat_breakdown where year = :y").param("y", year).update();
            jdbc.sql("delete from stat_ancestry where year = :y").param("y", year).update();
        });
    }

    @Test
    void aProvinceOfficerDrillsDownToAVillageAndBackOnAPhone() throws Exception {
        transactions.executeWithoutResult(status -> recompute.recompute(year));
        browser = Browser.open(port, Browser.PHONE);
        browser.signIn("tinh.lamdong", "khuyenhoc");

        browser.get("/statistics");
        browser.waitForText(By.id("area-name"), "Lâm Đồng");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend-chart canvas")));
        browser.click(By.partialLinkText("Liên Hương"));
        browser.waitForText(By.id("area-name"), "Liên Hương");
        assertThat(browser.text(By.id("titles"))).contains("Gia đình học tập");
        browser.click(By.cssSelector("#children a.drill"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".breadcrumb"),
                "Liên Hương"));
        assertThat(browser.text(By.id("area-name"))).doesNotContain("Liên Hương");

        browser.click(By.xpath("//a[contains(@class,'crumb') and contains(., 'Lâm Đồng')]"));
        browser.waitForText(By.id("area-name"), "Lâm Đồng");
        browser.click(By.cssSelector("label[for=view-today]"));
        browser.click(By.cssSelector("#dashboard-filter button"));
        browser.waiting().until(ExpectedConditions.urlContains("TODAYS_MAP"));
        assertThat(browser.text(By.id("children"))).contains("Liên Hương");
    }
}

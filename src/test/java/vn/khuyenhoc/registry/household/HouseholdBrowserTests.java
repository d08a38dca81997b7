package vn.khuyenhoc.registry.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.khuyenhoc.Browser;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.registry.Households;

/** A branch officer on a phone finds a household of their village, opens it and adds a member. */
@IntegrationTest
class HouseholdBrowserTests {

    static final Dimension PHONE = new Dimension(390, 844);
    @LocalServerPort int port;
    @Autowired Households households;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService userDetails;
    @Autowired Accounts accounts;
    HouseholdFixtures fixtures;
    long household;
    long other;
    Browser browser;

    @BeforeEach
    void twoHouseholds() {
        new TestAccounts(jdbc, accounts, userDetails).signIn("kp8.lienhuong");
        fixtures = new HouseholdFixtures(households, jdbc);
        household = fixtures.create("22969-008", "BR-001", "Hoàng Văn Thắng", "Hẻm Trình Duyệt 1", LocalDate.of(2020, 1, 1));
        other = fixtures.create("22969-008", "BR-002", "Đỗ Thị Lan", "Hẻm Trình Duyệt 2", LocalDate.of(2020, 1, 1));
        TestAccounts.signOut();
    }

    @AfterEach
    void cleanUp() {
        if (browser != null) {
            browser.close();
        }
        fixtures.delete(household);
        fixtures.delete(other);
    }

    @Test
    void onAPhoneABranchOfficerSearchesOpensAHouseholdAndAddsAMember() throws Exception {
        browser = Browser.open(port, PHONE);
        browser.signIn("kp8.lienhuong", TestAccounts.PASSWORD);
        browser.get("/registry/households");
        assertThat(new Select(browser.driver().findElement(By.id("village"))).getFirstSelectedOption().getText())
                .contains("22969-008");

        var box = browser.driver().findElement(By.id("q"));
        box.sendKeys("hem trinh duyet 1");
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".household-row"), 1));
        assertThat(browser.text(By.cssSelector(".household-row"))).contains("Hoàng Văn Thắng", "BR-001");
        assertThat(browser.driver().getCurrentUrl()).contains("q=hem");

        browser.click(By.cssSelector(".household-link"));
        assertThat(browser.text(By.id("household-head"))).isEqualTo("Hoàng Văn Thắng");
        assertThat(browser.text(By.id("consent-text"))).contains("91/2025/QH15");
        browser.click(By.id("member-new"));
        browser.driver().findElement(By.id("fullName")).sendKeys("Hoàng Thị Mai");
        new Select(browser.driver().findElement(By.id("relation"))).selectByValue("CHILD");
        browser.driver().findElement(By.id("birthYear")).sendKeys("2012");
        new Select(browser.driver().findElement(By.id("schoolLevel"))).selectByValue("LOWER_SECONDARY");
        browser.click(By.id("member-save"));

        browser.waitForText(By.cssSelector("main"), "Đã thêm thành viên.");
        var rows = browser.driver().findElements(By.cssSelector("#members .member-row"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).getText()).contains("Hoàng Thị Mai", "Con", "2012");
        assertThat(jdbc.sql("select count(*) from reg_member where household_id = :id and left_on is null")
                .param("id", household).query(Integer.class).single()).isEqualTo(2);
    }
}

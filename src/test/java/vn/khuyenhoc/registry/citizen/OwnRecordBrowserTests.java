package vn.khuyenhoc.registry.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.khuyenhoc.Browser;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.registry.RegistryFixtures;
import vn.khuyenhoc.registry.Relation;
import vn.khuyenhoc.registry.TargetGroup;

/**
 * A citizen on a phone (390×844) signs in, finds "Hồ sơ của tôi" and corrects their phone number. The browser
 * works on committed data, so the test removes what it made (the audit entries stay: the log is append-only).
 */
@IntegrationTest
class OwnRecordBrowserTests {

    static final String USERNAME = "browser.citizen";
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService userDetails;
    Browser browser;
    long household;
    long person;

    @BeforeEach
    void aCitizenWithAnAccount() {
        var fixtures = new RegistryFixtures(jdbc);
        household = fixtures.household("22969-008", "B-HH", null);
        person = fixtures.person("Trịnh Thị Điện Thoại", 1992, TargetGroup.WORKER);
        fixtures.member(household, person, Relation.HEAD);
        new TestAccounts(jdbc, accounts, userDetails).create(USERNAME, Role.CITIZEN, "22969-008");
        fixtures.link(USERNAME, null, person);
    }

    @AfterEach
    void removeWhatTheTestMade() {
        if (browser != null) {
            browser.close();
        }
        jdbc.sql("delete from app_user where username = :u").param("u", USERNAME).update();
        jdbc.sql("delete from reg_member where household_id = :h").param("h", household).update();
        jdbc.sql("delete from reg_household_residence where household_id = :h").param("h", household).update();
        jdbc.sql("delete from reg_household where id = :h").param("h", household).update();
        jdbc.sql("delete from reg_person where id = :p").param("p", person).update();
    }

    @Test
    void aCitizenCorrectsTheirPhoneOnTheirOwnRecord() throws Exception {
        browser = Browser.open(port, new Dimension(390, 844));
        browser.signIn(USERNAME, TestAccounts.PASSWORD);
        browser.get("/registry/me");

        assertThat(browser.text(By.id("me-name"))).isEqualTo("Trịnh Thị Điện Thoại");
        WebElement phone = browser.driver().findElement(By.id("phone"));
        assertThat(phone.getAttribute("value")).isEqualTo("0912345678");
        phone.clear();
        phone.sendKeys("0977 123 456");
        browser.click(By.id("me-save"));

        browser.waitForText(By.cssSelector("main .alert-success"), "Đã lưu thông tin của bạn.");
        assertThat(browser.driver().findElement(By.id("phone")).getAttribute("value")).isEqualTo("0977123456");
        assertThat(jdbc.sql("select phone from reg_person where id = :id").param("id", person).query(String.class)
                .single()).isEqualTo("0977123456");
        assertThat(browser.driver().findElement(By.id("main-nav")).getAttribute("textContent")).contains("Hồ sơ của tôi");
    }
}

package vn.khuyenhoc.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.khuyenhoc.Browser;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.registry.Organisations;
import vn.khuyenhoc.registry.RegistryFixtures;

/** A commune officer on a phone finds a school, opens it and adds a teacher to its staff. */
@IntegrationTest
class OrganisationBrowserTests {

    static final Dimension PHONE = new Dimension(390, 844);
    @LocalServerPort int port;
    @Autowired Organisations organisations;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired Accounts accounts;
    Browser browser;
    long school;

    @AfterEach
    void cleanUp() {
        if (browser != null) {
            browser.close();
        }
        TestAccounts.signOut();
        jdbc.sql("delete from reg_staff where organisation_id = :o returning person_id").param("o", school)
                .query(Long.class).list()
                .forEach(person -> jdbc.sql("delete from reg_person where id = :p").param("p", person).update());
        jdbc.sql("delete from reg_organisation where id = :o").param("o", school).update();
    }

    @Test
    void onAPhoneTheOfficerOpensASchoolAndAddsAMemberOfStaff() throws Exception {
        new TestAccounts(jdbc, accounts, users).signIn("xa.lienhuong");
        school = organisations.create(new RegistryFixtures(jdbc).unit("22969"),
                OrganisationIntegrationTests.form("", "Trường Tiểu học Hướng Dương", null));
        browser = Browser.open(port, PHONE);
        browser.signIn("xa.lienhuong", TestAccounts.PASSWORD);

        browser.get("/registry/organisations");
        var search = browser.driver().findElement(By.id("q"));
        search.sendKeys("huong duong");
        browser.waitForText(By.id("organisation-count"), "Có 1 kết quả.");
        browser.click(By.cssSelector("#organisations .organisation-link"));
        assertThat(browser.text(By.id("organisation-name"))).isEqualTo("Trường Tiểu học Hướng Dương");
        assertThat(browser.text(By.id("staff-recorded"))).isEqualTo("0");

        browser.click(By.id("staff-new"));
        browser.driver().findElement(By.id("fullName")).sendKeys("Nguyễn Thị Ánh");
        browser.driver().findElement(By.id("birthYear")).sendKeys("1991");
        browser.driver().findElement(By.id("position")).sendKeys("Giáo viên");
        browser.click(By.id("staff-save"));

        browser.waitForText(By.id("staff-table"), "Nguyễn Thị Ánh");
        assertThat(browser.text(By.id("staff-recorded"))).isEqualTo("1");
        assertThat(browser.text(By.cssSelector("main .alert-success"))).isEqualTo("Đã thêm cán bộ, nhân viên.");
        long width = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth");
        assertThat(width).as("nothing overflows the phone's width").isLessThanOrEqualTo(390);
    }
}

package vn.khuyenhoc.association;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.Browser;
import vn.khuyenhoc.IntegrationTest;

/**
 * A branch officer admits a member on a phone in Chromium: finds the person by name without diacritics, picks
 * them, and sees the new card number and status. The member is removed afterwards (the server commits).
 */
@IntegrationTest
class MemberBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    Browser browser;
    Long admitted;

    @AfterEach
    void closeBrowserAndRemoveTheMember() {
        if (browser != null) {
            browser.close();
        }
        if (admitted != null) {
            jdbc.sql("delete from assoc_member_branch where member_id = :m").param("m", admitted).update();
            jdbc.sql("delete from assoc_member where id = :m").param("m", admitted).update();
        }
    }

    @Test
    void aBranchOfficerAdmitsAPersonOfTheirKhuPhoOnAPhone() throws Exception {
        long village = new AssociationFixtures(jdbc).unit("22969-008");
        var person = jdbc.sql("""
                select p.person_id, p.full_name from registry_household_member h
                join registry_person_name p on p.person_id = h.person_id
                where h.village_id = :v and h.left_on is null and h.birth_year <= 1990 and p.full_name is not null
                  and not exists (select 1 from assoc_member m where m.person_id = h.person_id)
                order by p.person_id limit 1""").param("v", village)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long association = jdbc.sql("select id from assoc_unit where name = 'Hội Khuyến học Xã Liên Hương'")
                .query(Long.class).single();
        browser = Browser.open(port, Browser.PHONE);
        browser.signIn("kp8.lienhuong", "khuyenhoc");

        browser.get("/association/members/new?association=" + association);
        browser.driver().findElement(By.id("person-q")).sendKeys(vn.khuyenhoc.shared.Text.fold((String) person[1]));
        browser.click(By.id("person-" + person[0]));
        browser.click(By.cssSelector("#member-form button"));

        browser.waitForText(By.id("member-status"), "Đang sinh hoạt");
        admitted = jdbc.sql("select id from assoc_member where person_id = :p").param("p", person[0])
                .query(Long.class).single();
        assertThat(browser.text(By.id("member-name"))).isEqualTo(person[1]);
        assertThat(browser.text(By.id("member-card"))).isEqualTo("22969-00309");
        assertThat(browser.text(By.id("placements"))).contains("Chi hội Khu phố 8");
    }
}

package vn.khuyenhoc.fund;

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
import vn.khuyenhoc.shared.Text;

/**
 * A commune officer, on a phone in Chromium, records a donation and a scholarship for a pupil of the commune
 * (found by name without diacritics) and sees the fund's balance move by the difference. The server commits, so
 * the entries are removed afterwards with the append-only trigger briefly off.
 */
@IntegrationTest
class FundBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    Browser browser;
    long fund;
    long lastEntryBefore;

    @AfterEach
    void closeBrowserAndRemoveTheEntries() {
        if (browser != null) {
            browser.close();
        }
        jdbc.sql("alter table fund_entry disable trigger fund_entry_append_only").update();
        try {
            jdbc.sql("delete from fund_entry where fund_id = :f and id > :last").param("f", fund)
                    .param("last", lastEntryBefore).update();
        } finally {
            jdbc.sql("alter table fund_entry enable trigger fund_entry_append_only").update();
        }
    }

    @Test
    void aCommuneOfficerRecordsADonationAndAScholarshipAndSeesTheBalance() throws Exception {
        fund = new FundFixtures(jdbc).fund("22969", LocalDate.of(2020, 1, 1), 0);
        lastEntryBefore = jdbc.sql("select coalesce(max(id), 0) from fund_entry").query(Long.class).single();
        long before = jdbc.sql("""
                select f.opening_balance + coalesce(sum(case when e.kind = 'DONATION' then e.amount else -e.amount end), 0)
                from fund f left join fund_entry e on e.fund_id = f.id and e.entry_date <= current_date
                where f.id = :f group by f.id""").param("f", fund).query(Long.class).single();
        var pupil = jdbc.sql("""
                select p.person_id, p.full_name from registry_household_member h
                join registry_person_name p on p.person_id = h.person_id
                where h.village_id = :v and h.left_on is null and h.birth_year >= 2010 and p.full_name is not null
                order by p.person_id limit 1""").param("v", new FundFixtures(jdbc).unit("22969-008"))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        browser = Browser.open(port, Browser.PHONE);
        browser.signIn("xa.lienhuong", "khuyenhoc");

        browser.get("/fund/" + fund);
        browser.click(By.id("new-donation"));
        browser.driver().findElement(By.id("amount")).sendKeys("1500000");
        browser.driver().findElement(By.id("partyName")).sendKeys("Công ty Thử Trình Duyệt");
        browser.click(By.id("save-entry"));
        browser.waitForText(By.id("ledger"), "Công ty Thử Trình Duyệt");

        browser.click(By.id("new-payment"));
        browser.driver().findElement(By.id("amount")).sendKeys("500000");
        browser.driver().findElement(By.id("person-q")).sendKeys(Text.fold((String) pupil[1]));
        browser.click(By.id("person-" + pupil[0]));
        browser.driver().findElement(By.id("reason")).sendKeys("Học sinh giỏi cấp tỉnh");
        browser.click(By.id("save-entry"));

        browser.waitForText(By.id("ledger"), "Học sinh giỏi cấp tỉnh");
        assertThat(browser.text(By.id("ledger"))).contains("Học bổng", (String) pupil[1], "500.000", "1.500.000");
        assertThat(browser.text(By.id("balance"))).isEqualTo(Money.dong(before + 1_000_000));
    }
}

package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khuyenhoc.Browser;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.registry.RegistryFixtures;

/**
 * One household on a phone, in Chromium: the branch officer ticks it, scores it with the result following live,
 * accepts it; the commune officer proposes it and records the decision; its page shows the title.
 */
@IntegrationTest
class RoundBrowserTests {

    static Browser browser;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    CriteriaEditor editor;
    @Autowired
    Rounds rounds;
    @Autowired
    PlatformTransactionManager transactions;
    long roundId;
    long household;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) throws Exception {
        browser = Browser.open(port, Browser.PHONE);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void openRound() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            var fixtures = new RoundFixtures(jdbc, new TestAccounts(jdbc, accounts, userDetails), editor, rounds);
            roundId = fixtures.lienHuongHouseholdRound(fixtures.householdSet());
            household = new RegistryFixtures(jdbc).household("22969-008", "TRINH-DUYET-1", null);
        });
        TestAccounts.signOut();
    }

    /** The app committed what the browser did: remove the round, its household and its set (audit entries stay). */
    @AfterEach
    void removeWhatTheBrowserMade() {
        new RoundFixtures(jdbc, null, editor, rounds).removeCommitted(roundId, household);
    }

    @Test
    void aHouseholdGoesFromTheTickListToItsRecognitionOnAPhone() {
        browser.signIn("kp8.lienhuong", "khuyenhoc");
        browser.get("/rounds/" + roundId + "?q=TRINH-DUYET");
        browser.click(By.id("subject-" + household));
        browser.click(By.id("register"));
        browser.click(By.linkText(registeredName()));
        browser.click(By.linkText("Thẩm định"));
        for (int i = 1; i <= 4; i++) {
            for (int j = 1; j <= 5; j++) {
                browser.driver().findElement(By.id("p-" + i + "." + j)).sendKeys("5");
            }
        }
        browser.waitForText(By.id("result"), "Tổng điểm 100,00/100");
        assertThat(browser.text(By.id("result"))).contains("Đạt").contains("Tốt");
        browser.submitAndWaitForTheNextPage(By.id("save-sheet"));
        new Select(browser.driver().findElement(By.id("outcome"))).selectByValue("ACCEPTED");
        browser.click(By.id("review"));
        browser.waitForText(By.id("registration-status"), "Thẩm định đạt");

        browser.signIn("xa.lienhuong", "khuyenhoc");
        browser.get("/rounds/" + roundId + "?status=ACCEPTED");
        browser.click(By.cssSelector("input[name=registration]"));
        browser.submitAndWaitForTheNextPage(By.id("propose"));
        browser.driver().findElement(By.cssSelector(".decision-form input[name=number]")).sendKeys("99/QĐ-UBND");
        browser.setValue(By.cssSelector(".decision-form input[name=signedOn]"), "2032-03-20");
        browser.driver().findElement(By.cssSelector(".decision-form input[name=issuingBody]"))
                .sendKeys("Ủy ban nhân dân xã Liên Hương");
        browser.driver().findElement(By.cssSelector(".decision-form input[name=signerName]")).sendKeys("Lê Văn Ký");
        browser.driver().findElement(By.cssSelector(".decision-form input[name=signerTitle]")).sendKeys("Chủ tịch");
        browser.click(By.cssSelector(".decision-form button"));
        browser.waitForText(By.id("proposals"), "Đã có quyết định");

        browser.get("/rounds/subjects/household/" + household);
        assertThat(browser.text(By.id("title-table"))).contains("99/QĐ-UBND").contains("19/03/2033");
        assertThat(browser.text(By.id("timeline"))).contains("Được công nhận").contains("Cán bộ Xã Liên Hương");
    }


    private String registeredName() {
        return jdbc.sql("select name from registry_subject where kind = 'household' and id = :h").param("h", household)
                .query(String.class).single();
    }
}

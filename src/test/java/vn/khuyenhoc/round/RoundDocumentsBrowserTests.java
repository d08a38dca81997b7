package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
 * One household on a phone, in Chromium, from the branch officer's tick through its self-assessment, the review,
 * the commune's proposal and decision to the certificates: the batch on the decision's page and the household's
 * own certificate on its page, each PDF read back with PDFBox.
 */
@IntegrationTest
class RoundDocumentsBrowserTests {

    static final String HEAD = "Trương Thị Mỹ Hạnh";
    static final String NUMBER = "98/QĐ-UBND";
    static Browser browser;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired CriteriaEditor editor;
    @Autowired Rounds rounds;
    @Autowired PlatformTransactionManager transactions;
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
            household = new RegistryFixtures(jdbc).household("22969-008", "GIAY-DUYET-1", HEAD, 1980);
        });
        TestAccounts.signOut();
    }

    /** The app committed what the browser did: remove the round, the household and the set (audit entries stay). */
    @AfterEach
    void removeWhatTheBrowserMade() {
        new RoundFixtures(jdbc, null, editor, rounds).removeCommitted(roundId, household);
    }

    @Test
    void aHouseholdGoesFromTheTickListToItsCertificateOnAPhone() throws Exception {
        browser.signIn("kp8.lienhuong", "khuyenhoc");
        browser.get("/rounds/" + roundId + "?q=GIAY-DUYET");
        browser.click(By.id("subject-" + household));
        browser.submitAndWaitForTheNextPage(By.id("register"));
        browser.click(By.linkText(HEAD));
        scoreEveryIndicator("4", "Tổng điểm 80,00/100");
        browser.waitForText(By.id("registration-status"), "Đã tự đánh giá");
        browser.click(By.linkText("Thẩm định"));
        scoreEveryIndicator("5", "Tổng điểm 100,00/100");
        new Select(browser.driver().findElement(By.id("outcome"))).selectByValue("ACCEPTED");
        browser.click(By.id("review"));
        browser.waitForText(By.id("registration-status"), "Thẩm định đạt");

        browser.signIn("xa.lienhuong", "khuyenhoc");
        browser.get("/rounds/" + roundId + "?status=ACCEPTED");
        browser.click(By.cssSelector("input[name=registration]"));
        browser.submitAndWaitForTheNextPage(By.id("propose"));
        recordTheDecision();
        browser.click(By.cssSelector("#decisions a.decision-link"));
        browser.waitForText(By.id("decision-heading"), NUMBER);
        String decision = String.join("\n", PaperFixtures.pdfPages(download(By.id("decision-pdf"))));
        assertThat(decision).contains("QUYẾT ĐỊNH").contains("Số: " + NUMBER).contains(HEAD);

        browser.submitAndWaitForTheNextPage(By.id("certificates-start"));
        browser.waitForText(By.id("certificate-ready"), "Đã tạo 1 giấy công nhận");
        List<String> batch = PaperFixtures.pdfPages(download(By.id("certificate-file")));
        assertThat(batch).singleElement().asString().contains("GIẤY CÔNG NHẬN").contains(HEAD);

        browser.signIn("kp8.lienhuong", "khuyenhoc");
        browser.get("/rounds/subjects/household/" + household);
        byte[] own = download(By.cssSelector("#title-table a.certificate-link"));
        assertThat(PaperFixtures.pdfPages(own)).singleElement().asString().contains("GIẤY CÔNG NHẬN")
                .contains("Hộ gia đình ông/bà " + HEAD).contains("Số vào sổ: " + NUMBER + "-0001");
    }

    private void scoreEveryIndicator(String points, String total) {
        for (int i = 1; i <= 4; i++) {
            for (int j = 1; j <= 5; j++) {
                var field = browser.driver().findElement(By.id("p-" + i + "." + j));
                field.clear();
                field.sendKeys(points);
            }
        }
        browser.waitForText(By.id("result"), total);
        browser.submitAndWaitForTheNextPage(By.id("save-sheet"));
    }

    private void recordTheDecision() {
        browser.driver().findElement(By.cssSelector(".decision-form input[name=number]")).sendKeys(NUMBER);
        browser.setValue(By.cssSelector(".decision-form input[name=signedOn]"), "2032-03-20");
        browser.driver().findElement(By.cssSelector(".decision-form input[name=issuingBody]"))
                .sendKeys("Ủy ban nhân dân xã Liên Hương");
        browser.driver().findElement(By.cssSelector(".decision-form input[name=signerName]")).sendKeys("Lê Văn Ký");
        browser.driver().findElement(By.cssSelector(".decision-form input[name=signerTitle]")).sendKeys("Chủ tịch");
        browser.click(By.cssSelector(".decision-form button"));
        browser.waitForText(By.id("proposals"), "Đã có quyết định");
    }

    /** What the link downloads, fetched by the page itself (its session, its cookies), as bytes. */
    private byte[] download(By link) {
        String href = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(link)).getAttribute("href");
        String base64 = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(buffer => {
                    const bytes = new Uint8Array(buffer);
                    let text = '';
                    for (let i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
                    done(btoa(text));
                });""", href);
        return Base64.getDecoder().decode(base64);
    }

}

package vn.khuyenhoc.geography.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.khuyenhoc.Browser;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.Units;

/**
 * Browsing the demo map in Chromium: the tree today and as of a date before the reform, search without
 * diacritics, a unit's history, a commune officer's limited view, and a phone-sized screen.
 */
@IntegrationTest
class UnitBrowserTests {

    static final LocalDate BEFORE_REFORM = LocalDate.of(2024, 1, 1);
    @LocalServerPort int port;
    @Autowired Units units;
    Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theTreeShowsTodaysMapAndTheMapBeforeTheReform() throws Exception {
        signIn("admin");
        browser.get("/geography/units");
        assertThat(open(id("79", UnitKind.PROVINCE, LocalDate.now()))).contains("Xã Nhà Bè");

        browser.setValue(By.id("on"), BEFORE_REFORM.toString());
        browser.click(By.id("as-of-submit"));
        browser.waitForText(By.tagName("main"), "01/01/2024");
        long city = id("79", UnitKind.PROVINCE, BEFORE_REFORM);
        assertThat(open(city)).contains("Huyện Nhà Bè");
        assertThat(open(id("786", UnitKind.DISTRICT, BEFORE_REFORM)))
                .contains("Thị trấn Nhà Bè", "Xã Phú Xuân", "Xã Phước Lộc").doesNotContain("Xã Nhà Bè");
    }

    @Test
    void searchFindsNamesWithoutTheirDiacritics() throws Exception {
        signIn("admin");
        assertThat(search("lien huong")).contains("Xã Liên Hương");
        assertThat(search("dong")).anySatisfy(name -> assertThat(name).contains("Đồng"));
    }

    @Test
    void aUnitsHistoryShowsItsPredecessorsAndItsVersions() throws Exception {
        signIn("admin");
        browser.get("/geography/units/" + id("27655", UnitKind.COMMUNE, LocalDate.now()));

        assertThat(browser.text(By.id("unit-name"))).isEqualTo("Xã Nhà Bè");
        var predecessors = rows(By.cssSelector("#predecessors li"));
        assertThat(predecessors).hasSize(2);
        assertThat(predecessors).anySatisfy(link -> assertThat(link).contains("Thị trấn Nhà Bè", "Sáp nhập", "01/07/2025"));
        assertThat(predecessors).anySatisfy(link -> assertThat(link).contains("Xã Phước Lộc", "Sáp nhập", "01/07/2025"));
        var versions = rows(By.cssSelector("#versions tbody tr"));
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0)).contains("Xã Phú Xuân", "30/06/2025");
        assertThat(versions.get(1)).contains("Xã Nhà Bè", "01/07/2025");
    }

    @Test
    void aCommuneOfficerSeesTheirCommuneAndItsVillagesButNotAnotherCommune() throws Exception {
        signIn("xa.lienhuong");
        browser.get("/geography/units");
        var villages = IntStream.rangeClosed(1, 14).mapToObj(n -> "Khu phố " + n).toArray(String[]::new);
        assertThat(open(id("22969", UnitKind.COMMUNE, LocalDate.now()))).contains(villages);
        assertThat(rows(By.cssSelector("#tree > ul > li"))).hasSize(1);

        browser.get("/geography/units/" + id("27655", UnitKind.COMMUNE, LocalDate.now()));
        assertThat(browser.text(By.cssSelector("main"))).contains("403", "Bạn không có quyền truy cập nội dung này.");
    }

    @Test
    void onAPhoneTheMenuFoldsIntoATogglerAndTheTreeStillShows() throws Exception {
        browser = Browser.open(port, Browser.PHONE);
        browser.signIn("admin", "khuyenhoc");
        browser.get("/geography/units");

        WebElement toggler = browser.driver().findElement(By.cssSelector(".navbar-toggler"));
        assertThat(toggler.isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.cssSelector("#main-nav .nav-link")).isDisplayed()).isFalse();
        toggler.click();
        browser.waitForText(By.id("main-nav"), "Đơn vị hành chính");
        assertThat(open(id("68", UnitKind.PROVINCE, LocalDate.now()))).contains("Xã Liên Hương");
    }

    private void signIn(String username) throws Exception {
        browser = Browser.open(port, Browser.DESKTOP);
        browser.signIn(username, "khuyenhoc");
    }

    /** Opens a unit of the tree (htmx loads its children) and returns the names of its children. */
    private List<String> open(long unitId) {
        var summary = By.cssSelector("#unit-" + unitId + " > details > summary");
        browser.click(summary);
        var children = By.cssSelector("#unit-" + unitId + " .children .unit-name");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(children));
        return rows(children);
    }

    private List<String> search(String query) {
        browser.get("/geography/units");
        var box = browser.driver().findElement(By.id("q"));
        box.clear();
        box.sendKeys(query);
        browser.click(By.id("search-submit"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-result")));
        return rows(By.cssSelector(".search-result .fw-semibold"));
    }

    private List<String> rows(By locator) {
        return browser.driver().findElements(locator).stream().map(WebElement::getText).toList();
    }

    private long id(String code, UnitKind kind, LocalDate on) {
        return units.byCode(code, kind, on).orElseThrow(() -> new AssertionError("demo unit " + code + " missing"))
                .unitId();
    }
}

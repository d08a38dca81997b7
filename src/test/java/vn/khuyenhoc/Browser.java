package vn.khuyenhoc;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium, headless, driving the app of an {@link IntegrationTest} on its random port. Nothing is
 * downloaded: the browser and driver are the system's. Without them the test is skipped on a developer's machine
 * and fails in CI (when {@code CI} is set), where {@code .ci/run} installs them.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(375, 812);
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(int port, Dimension size) throws IOException {
        this.profile = Files.createTempDirectory("khuyenhoc-chromium");
        this.base = "http://localhost:" + port;
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        var options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=vi",
                // Bootstrap scrolls smoothly unless motion is reduced; a click aimed mid-scroll misses
                "--force-prefers-reduced-motion",
                "--user-data-dir=" + profile, "--window-size=" + size.width + "," + size.height);
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(size);
    }

    /** Starts a browser, or skips the test (fails it in CI) when Chromium or its driver is missing. */
    public static Browser open(int port, Dimension size) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "Chromium browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install -y chromium chromium-driver; .ci/run does it)";
        if (System.getenv("CI") != null) {
            assertTrue(installed, missing + " and CI is set, so they are not skipped");
        }
        assumeTrue(installed, missing + ": skipped");
        return new Browser(port, size);
    }

    public WebDriver driver() {
        return driver;
    }

    public void get(String path) {
        driver.get(base + path);
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, PATIENCE);
    }

    /** Waits until the element is present and shows the text (htmx swaps arrive asynchronously). */
    public WebElement waitForText(By locator, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        return driver.findElement(locator);
    }

    /** Clicks like a user who first scrolled the element to the middle of the screen. */
    public void click(By locator) {
        WebElement element = waiting().until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /**
     * Clicks a button that submits a form and waits until the next page has loaded, so that no element of the old
     * page is used. The old page is marked in its window object rather than watched through an element: asking
     * Chromium about an element while its document is being replaced can fail with an inspector error instead of
     * the stale-element answer a wait expects.
     */
    public void submitAndWaitForTheNextPage(By button) {
        ((JavascriptExecutor) driver).executeScript("window.khuyenhocOldPage = true");
        click(button);
        waiting().ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !window.khuyenhocOldPage && document.readyState === 'complete'")));
    }

    public String text(By locator) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator)).getText();
    }

    /** Signs in afresh (a new session) and waits for the page after the login page. */
    public void signIn(String username, String password) {
        submitLogin(username, password);
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Submits wrong credentials and waits to be sent back to the login page with the error. */
    public void signInExpectingFailure(String username, String password) {
        submitLogin(username, password);
        waiting().until(d -> d.getCurrentUrl().contains("/login?error"));
    }

    private void submitLogin(String username, String password) {
        get("/login");
        driver.manage().deleteAllCookies();
        get("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
    }

    /** Sets a form field the way a user's picker would, whatever the browser's date format. */
    public void setValue(By locator, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(locator), value);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(new File(profile.toString()));
        }
    }
}

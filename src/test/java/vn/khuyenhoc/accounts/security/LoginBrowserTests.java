package vn.khuyenhoc.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.khuyenhoc.Browser;
import vn.khuyenhoc.IntegrationTest;

/** Signing in, in Chromium: the login page speaks Vietnamese first and switches to English. */
@IntegrationTest
class LoginBrowserTests {

    static Browser browser;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) throws Exception {
        browser = Browser.open(port, Browser.DESKTOP);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.get("/login");
        browser.driver().manage().deleteAllCookies();
        browser.get("/login");
    }

    @Test
    void theLoginPageIsInVietnamese() {
        assertThat(browser.text(By.cssSelector("label[for=username]"))).isEqualTo("Tên đăng nhập");
        assertThat(browser.text(By.cssSelector("label[for=password]"))).isEqualTo("Mật khẩu");
        assertThat(browser.text(By.id("login-submit"))).isEqualTo("Đăng nhập");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
    }

    @Test
    void theLoginPageSwitchesToEnglish() {
        browser.driver().findElement(By.id("login-english")).click();

        browser.waitForText(By.cssSelector("label[for=username]"), "User name");
        assertThat(browser.text(By.cssSelector("label[for=password]"))).isEqualTo("Password");
        assertThat(browser.text(By.id("login-submit"))).isEqualTo("Sign in");
    }

    @Test
    void aWrongPasswordIsRefusedWithAVietnameseMessage() {
        browser.signInExpectingFailure("khong.co.ai", "sai-mat-khau");

        assertThat(browser.text(By.cssSelector(".alert-danger")))
                .isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    @Test
    void signingInShowsTheShellWithTheModulesNavigationInEitherLanguage() {
        browser.signIn("admin", "khuyenhoc");

        assertThat(browser.text(By.id("nav-user"))).isEqualTo("Quản trị hệ thống");
        assertThat(browser.text(By.id("main-nav"))).contains("Đơn vị hành chính", "Nhật ký thay đổi");
        browser.driver().findElement(By.id("lang-switch")).click();
        browser.waitForText(By.id("main-nav"), "Administrative units");
        assertThat(browser.text(By.id("main-nav"))).contains("Audit log", "Sign out");
    }
}

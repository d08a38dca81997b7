package vn.khuyenhoc.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.accounts.TestAccounts;

/** Password guessing is slowed down: five wrong passwords in a row lock the account for a while. */
@IntegrationTest
@Transactional
class LoginThrottleIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void createUser() {
        new TestAccounts(jdbc, accounts, userDetails).create("throttle.user", Role.BRANCH_OFFICER, "22969-001");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountSoTheRightOneIsRefusedNext() throws Exception {
        for (int i = 1; i <= LoginThrottle.MAX_FAILURES; i++) {
            assertThat(signIn("wrong-password-" + i)).isEqualTo("/login?error");
        }
        assertThat(failures()).isEqualTo(5);
        assertThat(signIn(TestAccounts.PASSWORD)).isEqualTo("/login?locked");
    }

    @Test
    void fourWrongPasswordsDoNotLockAndASuccessResetsTheCount() throws Exception {
        for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
            signIn("wrong-password-" + i);
        }
        assertThat(failures()).isEqualTo(4);
        assertThat(signIn(TestAccounts.PASSWORD)).isEqualTo("/");
        assertThat(failures()).isZero();
        assertThat(signIn("wrong-again")).isEqualTo("/login?error");
        assertThat(failures()).isEqualTo(1);
    }

    @Test
    void theUserNameIsMatchedWithoutRegardToCase() throws Exception {
        signIn("THROTTLE.User", "wrong-password");
        assertThat(failures()).isEqualTo(1);
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        jdbc.sql("update app_user set enabled = false where username = 'throttle.user'").update();
        assertThat(signIn(TestAccounts.PASSWORD)).isEqualTo("/login?disabled");
    }

    private String signIn(String password) throws Exception {
        return signIn("throttle.user", password);
    }

    private String signIn(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password)).andReturn()
                .getResponse().getRedirectedUrl();
    }

    private int failures() {
        return jdbc.sql("select failed_logins from app_user where username = 'throttle.user'")
                .query(Integer.class).single();
    }
}

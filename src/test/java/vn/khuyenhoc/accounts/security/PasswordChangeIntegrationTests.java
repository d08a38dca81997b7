package vn.khuyenhoc.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;

/** Users change their own password, proving the current one; a forced change comes before anything else. */
@IntegrationTest
@Transactional
class PasswordChangeIntegrationTests {

    static final String NEW_PASSWORD = "a-new-password-2026";
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwords;
    RequestPostProcessor session;

    @BeforeEach
    void signIn() throws Exception {
        new TestAccounts(jdbc, accounts, userDetails).create("password.user", Role.BRANCH_OFFICER, "22969-001");
        session = TestSessions.signIn(mvc, "password.user", TestAccounts.PASSWORD);
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndNothingChanges() throws Exception {
        mvc.perform(post("/account/password").with(session).with(csrf()).param("current", "not-my-password")
                        .param("replacement", NEW_PASSWORD).param("confirmation", NEW_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"));
        assertThat(passwords.matches(TestAccounts.PASSWORD, hash())).isTrue();
    }

    @Test
    void aMismatchedConfirmationIsRefused() throws Exception {
        mvc.perform(post("/account/password").with(session).with(csrf()).param("current", TestAccounts.PASSWORD)
                        .param("replacement", NEW_PASSWORD).param("confirmation", NEW_PASSWORD + "x"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "confirmation", "accounts.password.mismatch"));
        assertThat(passwords.matches(TestAccounts.PASSWORD, hash())).isTrue();
    }

    @Test
    void aShortPasswordIsRefused() throws Exception {
        mvc.perform(post("/account/password").with(session).with(csrf()).param("current", TestAccounts.PASSWORD)
                        .param("replacement", "short").param("confirmation", "short"))
                .andExpect(model().attributeHasErrors("form"));
        assertThat(passwords.matches(TestAccounts.PASSWORD, hash())).isTrue();
    }

    @Test
    void theRightCurrentPasswordChangesItAndIsAudited() throws Exception {
        mvc.perform(post("/account/password").with(session).with(csrf()).param("current", TestAccounts.PASSWORD)
                        .param("replacement", NEW_PASSWORD).param("confirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(passwords.matches(NEW_PASSWORD, hash())).isTrue();
        String audited = jdbc.sql("""
                select action from audit_entry
                where entity = 'user' and entity_id = (select id from app_user where username = 'password.user')
                order by id desc limit 1""")
                .query(String.class).single();
        assertThat(audited).isEqualTo("change-password");
    }

    @Test
    void aUserWhosePasswordWasResetMustChangeItBeforeAnythingElse() throws Exception {
        jdbc.sql("update app_user set must_change_password = true where username = 'password.user'").update();
        var forced = TestSessions.signIn(mvc, "password.user", TestAccounts.PASSWORD);
        mvc.perform(get("/geography/units").with(forced)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").with(forced)).andExpect(status().isOk());
    }

    private String hash() {
        return jdbc.sql("select password_hash from app_user where username = 'password.user'")
                .query(String.class).single();
    }
}

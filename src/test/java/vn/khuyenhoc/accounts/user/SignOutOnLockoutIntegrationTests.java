package vn.khuyenhoc.accounts.user;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.accounts.UserChanged;

/**
 * Disabling an account signs it out at once. The listener runs after the change commits, so it is called here
 * directly, on a real session kept in the database; the account itself is not changed.
 */
@IntegrationTest
class SignOutOnLockoutIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    SignOutOnLockout signOut;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDisabledAccountLosesItsSessions() throws Exception {
        var session = TestSessions.signIn(mvc, "kp8.lienhuong", TestAccounts.PASSWORD);
        mvc.perform(get("/").with(session)).andExpect(status().isOk());
        long id = jdbc.sql("select id from app_user where username = 'kp8.lienhuong'").query(Long.class).single();
        signOut.signOut(new UserChanged(id, "disable", null, null, null));
        mvc.perform(get("/").with(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anOrdinaryChangeKeepsTheSession() throws Exception {
        var session = TestSessions.signIn(mvc, "kp8.lienhuong", TestAccounts.PASSWORD);
        long id = jdbc.sql("select id from app_user where username = 'kp8.lienhuong'").query(Long.class).single();
        signOut.signOut(new UserChanged(id, "update", null, null, null));
        mvc.perform(get("/").with(session)).andExpect(status().isOk());
    }
}

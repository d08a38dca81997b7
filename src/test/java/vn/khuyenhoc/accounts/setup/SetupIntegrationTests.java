package vn.khuyenhoc.accounts.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;

/**
 * First-time setup. The shared test database holds the demo accounts, so the path of a fresh installation runs
 * in a transaction that first removes every account and is rolled back afterwards.
 */
@IntegrationTest
class SetupIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    FirstAdministrator firstAdministrator;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void setupIsGoneOnceAnyAccountExists() throws Exception {
        mvc.perform(get("/setup")).andExpect(status().isNotFound());
        mvc.perform(post("/setup").with(csrf()).param("username", "intruder").param("displayName", "Kẻ lạ")
                        .param("password", "password123").param("confirmation", "password123"))
                .andExpect(status().isNotFound());
        assertThat(accounts.usernameTaken("intruder")).isFalse();
        assertThatThrownBy(() -> firstAdministrator.create("intruder", "Kẻ lạ", "password123"))
                .isInstanceOf(FirstAdministrator.SetupDone.class);
    }

    @Test
    @Transactional
    void onAFreshInstallationSetupCreatesTheFirstAdministratorOnce() throws Exception {
        jdbc.sql("delete from app_user").update();
        mvc.perform(get("/setup")).andExpect(status().isOk());
        mvc.perform(post("/setup").with(csrf()).param("username", "quantri").param("displayName", "Quản trị viên")
                        .param("password", "mat-khau-dai").param("confirmation", "mat-khau-khac"))
                .andExpect(model().attributeHasFieldErrorCode("form", "confirmation", "accounts.password.mismatch"));
        mvc.perform(post("/setup").with(csrf()).param("username", "quantri").param("displayName", "Quản trị viên")
                        .param("password", "ngan").param("confirmation", "ngan"))
                .andExpect(model().attributeHasErrors("form"));
        assertThat(accounts.anyUserExists()).isFalse();
        mvc.perform(post("/setup").with(csrf()).param("username", "quantri").param("displayName", "Quản trị viên")
                        .param("password", "mat-khau-dai").param("confirmation", "mat-khau-dai"))
                .andExpect(redirectedUrl("/login?setup"));
        var admin = jdbc.sql("select role, unit_id, must_change_password, password_hash from app_user")
                .query().singleRow();
        assertThat(admin.get("role")).isEqualTo("ADMIN");
        assertThat(admin.get("unit_id")).isNull();
        assertThat(passwords.matches("mat-khau-dai", (String) admin.get("password_hash"))).isTrue();
        mvc.perform(get("/setup")).andExpect(status().isNotFound());
    }
}

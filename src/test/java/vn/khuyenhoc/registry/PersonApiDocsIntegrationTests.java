package vn.khuyenhoc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;

/** The OpenAPI document describes the persons, citizens and own-record endpoints. */
@IntegrationTest
class PersonApiDocsIntegrationTests {

    @Autowired MockMvc mvc;

    @Test
    void theApiDocumentListsThePersonAndCitizenEndpoints() throws Exception {
        var admin = TestSessions.signIn(mvc, "admin", TestAccounts.PASSWORD);

        String document = mvc.perform(get("/api/v1/openapi").with(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(document).contains("/api/v1/persons/{id}", "/api/v1/persons/{id}/erase", "/api/v1/citizens",
                "/api/v1/me", "PersonDetail");
    }
}

package vn.khuyenhoc.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.TestSessions;

/** Founding the associations of Nhà Bè's old communes and merging them on the pages, as an administrator. */
@IntegrationTest
@Transactional
class AssociationFormIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void anAdministratorFoundsTheOldAssociationsAndFollowsTheMergerOfNhaBe() throws Exception {
        var session = TestSessions.signIn(mvc, "admin", "khuyenhoc");
        var fixtures = new AssociationFixtures(jdbc);
        var founded = mvc.perform(post("/association").with(session).with(csrf())
                        .param("geoUnitId", String.valueOf(fixtures.unit("27643"))).param("level", "COMMUNE")
                        .param("name", "Hội Khuyến học Thị trấn Nhà Bè").param("validFrom", "2015-01-01"))
                .andReturn().getResponse();
        assertThat(founded.getRedirectedUrl()).startsWith("/association/units/");

        String form = mvc.perform(get("/association/new").with(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("Xã Nhà Bè · 01/07/2025");

        var merged = mvc.perform(post("/association/mergers").with(session).with(csrf())
                        .param("successor", String.valueOf(fixtures.unit("27655"))).param("effective", "2025-07-01"))
                .andReturn().getResponse();
        String detail = mvc.perform(get(merged.getRedirectedUrl()).with(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(detail).contains("Hội Khuyến học Xã Nhà Bè").contains("Tiếp nối Hội")
                .contains("Hội Khuyến học Thị trấn Nhà Bè");
    }
}

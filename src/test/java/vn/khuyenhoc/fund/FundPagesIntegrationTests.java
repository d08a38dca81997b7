package vn.khuyenhoc.fund;

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

/** Opening a fund from the funds page, and what a branch officer reads there. */
@IntegrationTest
@Transactional
class FundPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void anAdministratorOpensTheFundOfAnAssociationThatHasNone() throws Exception {
        long association = new FundFixtures(jdbc).association("27655");
        var admin = TestSessions.signIn(mvc, "admin", "khuyenhoc");
        String list = mvc.perform(get("/fund").with(admin)).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Lập quỹ khuyến học", "value=\"" + association + "\"");
        String location = mvc.perform(post("/fund").with(admin).with(csrf()).param("associationId", "" + association)
                        .param("name", "Quỹ khuyến học xã Nhà Bè").param("openedOn", "2025-07-01")
                        .param("openingBalance", "3000000"))
                .andReturn().getResponse().getRedirectedUrl();
        long fund = jdbc.sql("select id from fund where assoc_unit_id = :a").param("a", association)
                .query(Long.class).single();
        assertThat(location).isEqualTo("/fund/" + fund);
        String ledger = mvc.perform(get(location).param("on", "2025-07-01").with(admin)).andReturn().getResponse()
                .getContentAsString();
        assertThat(ledger).contains("Quỹ khuyến học xã Nhà Bè", "3.000.000 đồng");
    }

    @Test
    void aBranchOfficerReadsTheCommunesFundButGetsNoButtonsToWrite() throws Exception {
        long fund = new FundFixtures(jdbc).fund("22969", java.time.LocalDate.of(2020, 1, 1), 0);
        var branch = TestSessions.signIn(mvc, "kp8.lienhuong", "khuyenhoc");
        assertThat(mvc.perform(get("/fund").with(branch)).andReturn().getResponse().getContentAsString())
                .contains("Hội Khuyến học Xã Liên Hương").doesNotContain("Lập quỹ khuyến học");
        String ledger = mvc.perform(get("/fund/" + fund).with(branch)).andReturn().getResponse().getContentAsString();
        assertThat(ledger).contains("Báo cáo năm").doesNotContain("Ghi khoản ủng hộ");
    }
}

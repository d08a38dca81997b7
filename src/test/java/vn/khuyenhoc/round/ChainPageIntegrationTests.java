package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.criteria.Title;

/** A province officer adapts a step of a title's chain for their province: accepted and audited, or refused. */
@IntegrationTest
@Transactional
class ChainPageIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Rounds rounds;

    TestAccounts users;
    long lamDong;

    @BeforeEach
    void province() {
        users = new TestAccounts(jdbc, accounts, userDetails);
        lamDong = users.unit("68");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    int chainAudits() {
        return jdbc.sql("select count(*) from audit_entry where entity = 'round-chain' and entity_id = :p")
                .param("p", lamDong).query(Integer.class).single();
    }

    @Test
    void onThePageAChangeThatKeepsTheChainIsSavedAndOneThatBreaksItIsRefused() throws Exception {
        var officer = TestSessions.signIn(mvc, "tinh.lamdong", TestAccounts.PASSWORD);
        int before = chainAudits();

        int accepted = mvc.perform(post("/rounds/chains").param("province", String.valueOf(lamDong))
                .param("title", "GIA_DINH").param("step", "REVIEW").param("level", "COMMUNE")
                .with(officer).with(csrf())).andReturn().getResponse().getStatus();
        int refused = mvc.perform(post("/rounds/chains").param("province", String.valueOf(lamDong))
                .param("title", "DONG_HO").param("step", "REVIEW").param("level", "PROVINCE")
                .with(officer).with(csrf())).andReturn().getResponse().getStatus();
        String page = mvc.perform(get("/rounds/chains").with(officer)).andReturn().getResponse()
                .getContentAsString();

        assertThat(accepted).isEqualTo(302);
        assertThat(refused).isEqualTo(400);
        assertThat(page).contains("id=\"chain-DONG_HO-REVIEW\"").contains("Tỉnh đã điều chỉnh");
        assertThat(chainAudits()).isEqualTo(before + 1);
    }

    @Test
    void anAcceptedChangeIsTheProvincesOwnAndAudited() {
        users.signIn("tinh.lamdong");
        int before = chainAudits();

        rounds.adaptChain(Title.GIA_DINH, lamDong, Step.REVIEW, Level.COMMUNE);

        assertThat(rounds.chain(Title.GIA_DINH, lamDong).levelOf(Step.REVIEW)).isEqualTo(Level.COMMUNE);
        assertThat(rounds.chain(Title.GIA_DINH, null).levelOf(Step.REVIEW)).isEqualTo(Level.VILLAGE);
        assertThat(rounds.chainSteps(lamDong)).filteredOn(s -> s.title() == Title.GIA_DINH && s.step() == Step.REVIEW)
                .singleElement().matches(ChainStep::overridden).matches(s -> s.national() == Level.VILLAGE);
        assertThat(chainAudits()).isEqualTo(before + 1);
    }

    @Test
    void aRecognisingLevelBelowTheProposingOneIsRefused() {
        users.signIn("tinh.lamdong");

        assertThatThrownBy(() -> rounds.adaptChain(Title.GIA_DINH, lamDong, Step.PROPOSE, Level.PROVINCE))
                .hasMessage("round.chain.order.RECOGNISE");
        assertThat(rounds.chain(Title.GIA_DINH, lamDong).levelOf(Step.PROPOSE)).isEqualTo(Level.COMMUNE);
    }

    @Test
    void theStepsTheCountryKeepsAreRefused() {
        users.signIn("tinh.lamdong");

        assertThatThrownBy(() -> rounds.adaptChain(Title.CONG_DONG_TINH, lamDong, Step.RECOGNISE, Level.PROVINCE))
                .hasMessage("round.chain.nationalStep");
    }

    @Test
    void anotherProvincesChainIsOutOfReach() throws Exception {
        var officer = TestSessions.signIn(mvc, "tinh.lamdong", TestAccounts.PASSWORD);
        long hoChiMinh = users.unit("79");

        int status = mvc.perform(post("/rounds/chains").param("province", String.valueOf(hoChiMinh))
                .param("title", "GIA_DINH").param("step", "REVIEW").param("level", "COMMUNE")
                .with(officer).with(csrf())).andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(403);
    }

    @Test
    void theApiChangesAStepAndListsItAsTheProvincesOwn() throws Exception {
        var officer = TestSessions.signIn(mvc, "tinh.lamdong", TestAccounts.PASSWORD);

        int status = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/rounds/chains/" + lamDong + "/CONG_DAN/REVIEW")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"level\":\"COMMUNE\"}")
                .with(officer).with(csrf())).andReturn().getResponse().getStatus();
        String chains = mvc.perform(get("/api/v1/rounds/chains").with(officer)).andReturn().getResponse()
                .getContentAsString();

        assertThat(status).isEqualTo(200);
        assertThat(chains).contains("{\"title\":\"CONG_DAN\",\"step\":\"REVIEW\",\"national\":\"VILLAGE\","
                + "\"province\":\"COMMUNE\",\"overridden\":true}");
    }
}

package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.registry.RegistryFixtures;

/** The same steps through /api/v1/rounds: a stale sheet is a 409, the decision a 201, the titles readable. */
@IntegrationTest
@Transactional
class RoundApiIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    CriteriaEditor editor;
    @Autowired
    Rounds rounds;

    RoundFixtures fixtures;
    long roundId;
    long household;

    @BeforeEach
    void openRound() {
        fixtures = new RoundFixtures(jdbc, new TestAccounts(jdbc, accounts, userDetails), editor, rounds);
        roundId = fixtures.lienHuongHouseholdRound(fixtures.householdSet());
        household = new RegistryFixtures(jdbc).household("22969-008", "API-001", null);
        TestAccounts.signOut();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder request, String json, RequestPostProcessor session)
            throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json)
                .accept(MediaType.APPLICATION_JSON).with(session).with(csrf())).andReturn().getResponse();
    }

    static String fullMarks(String version) {
        var points = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            for (int j = 1; j <= 5; j++) {
                points.append(points.isEmpty() ? "" : ",").append("\"").append(i).append('.').append(j).append("\":5");
            }
        }
        return "{\"points\":{" + points + "},\"version\":" + version + "}";
    }

    @Test
    void aHouseholdIsRegisteredScoredReviewedProposedAndRecognisedThroughTheApi() throws Exception {
        var branch = TestSessions.signIn(mvc, "kp8.lienhuong", TestAccounts.PASSWORD);
        var registered = call(post("/api/v1/rounds/" + roundId + "/registrations"),
                "{\"subjects\":[" + household + "]}", branch);
        long registration = jdbc.sql("select id from round_registration where subject_id = :h and subject_kind = "
                + "'household'").param("h", household).query(Long.class).single();
        var first = call(put("/api/v1/rounds/registrations/" + registration + "/sheets/REVIEW"), fullMarks("null"),
                branch);
        var second = call(put("/api/v1/rounds/registrations/" + registration + "/sheets/REVIEW"), fullMarks("null"),
                branch);
        var reviewed = call(post("/api/v1/rounds/registrations/" + registration + "/review"),
                "{\"outcome\":\"ACCEPTED\",\"version\":" + fixtures.version(registration) + "}", branch);
        var commune = TestSessions.signIn(mvc, "xa.lienhuong", TestAccounts.PASSWORD);
        var proposed = call(post("/api/v1/rounds/" + roundId + "/proposals"),
                "{\"registrations\":[" + registration + "]}", commune);
        long proposal = jdbc.sql("select id from round_proposal where round_id = :r").param("r", roundId)
                .query(Long.class).single();
        var decided = call(post("/api/v1/rounds/" + roundId + "/proposals/" + proposal + "/decision"), """
                {"proposalVersion":0,"decision":{"number":"97/QĐ-UBND","signedOn":"2032-03-20",
                 "signerName":"Trần Thị Ký","signerTitle":"Phó Chủ tịch","issuingBody":"Ủy ban nhân dân xã Liên Hương"}}""",
                commune);
        String titles = mvc.perform(get("/api/v1/rounds/subjects/household/" + household).with(commune))
                .andReturn().getResponse().getContentAsString();

        assertThat(registered.getStatus()).isEqualTo(201);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentAsString()).contains("\"achieved\":true");
        assertThat(second.getStatus()).isEqualTo(409);
        assertThat(reviewed.getContentAsString()).contains("ACCEPTED");
        assertThat(proposed.getContentAsString()).contains("\"subjectCount\":1");
        assertThat(decided.getStatus()).isEqualTo(201);
        assertThat(titles).contains("97/QĐ-UBND-0001").contains("\"validUntil\":\"2033-03-19\"");
    }

    @Test
    void theApiDocumentListsTheRoundEndpoints() throws Exception {
        var admin = TestSessions.signIn(mvc, "admin", TestAccounts.PASSWORD);
        String document = mvc.perform(get("/api/v1/openapi").with(admin)).andReturn().getResponse()
                .getContentAsString();

        assertThat(document).contains("/api/v1/rounds/{id}/registrations")
                .contains("/api/v1/rounds/registrations/{id}/sheets/{kind}")
                .contains("/api/v1/rounds/{id}/proposals/{proposalId}/decision").contains("/api/v1/rounds/inbox");
    }
}

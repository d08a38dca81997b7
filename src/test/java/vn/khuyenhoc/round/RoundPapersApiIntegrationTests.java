package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
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

/** The paperwork through /api/v1/rounds: files as attachments, a batch polled to READY, scans, closing. */
@IntegrationTest
@Transactional
class RoundPapersApiIntegrationTests {

    static final String HEAD = "Bùi Thị Xuân Quỳnh";
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired CriteriaEditor editor;
    @Autowired Rounds rounds;
    @Autowired Registrations registrations;
    @Autowired ScoreSheets sheets;
    @Autowired Decisions decisions;

    long roundId;
    long decision;
    long proposal;
    RequestPostProcessor commune;

    @BeforeEach
    void decideOneHousehold() throws Exception {
        var round = new RoundFixtures(jdbc, new TestAccounts(jdbc, accounts, userDetails), editor, rounds);
        roundId = round.lienHuongHouseholdRound(round.householdSet());
        long household = new RegistryFixtures(jdbc).household("22969-008", "API-GIAY-1", HEAD, 1990);
        decision = new PaperFixtures(round, registrations, sheets, decisions).decided(roundId, List.of(household),
                "85/QĐ-UBND");
        proposal = jdbc.sql("select proposal_id from round_decision where id = :d").param("d", decision)
                .query(Long.class).single();
        TestAccounts.signOut();
        commune = TestSessions.signIn(mvc, "xa.lienhuong", TestAccounts.PASSWORD);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder request, RequestPostProcessor session)
            throws Exception {
        return mvc.perform(request.accept(MediaType.APPLICATION_JSON, MediaType.ALL).with(session).with(csrf()))
                .andReturn().getResponse();
    }

    MockHttpServletResponse upload(String url, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart(url).file(file).accept(MediaType.APPLICATION_JSON).with(commune).with(csrf()))
                .andReturn().getResponse();
    }

    @Test
    void theDecisionAndItsDossierComeAsAttachments() throws Exception {
        String base = "/api/v1/rounds/" + roundId;
        assertThat(call(get(base + "/decisions"), commune).getContentAsString(StandardCharsets.UTF_8))
                .contains("\"number\":\"85/QĐ-UBND\"").contains("\"subjectCount\":1");
        var pdf = call(get(base + "/decisions/" + decision + "/pdf"), commune);
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).startsWith("attachment").contains("quyet-dinh-85-qd-ubnd.pdf");
        assertThat(pdf.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(String.join("", PaperFixtures.pdfPages(pdf.getContentAsByteArray()))).contains(HEAD);
        var docx = call(get(base + "/decisions/" + decision + "/docx"), commune);
        assertThat(PaperFixtures.docxText(docx.getContentAsByteArray())).contains("QUYẾT ĐỊNH").contains(HEAD);
        var letter = call(get(base + "/proposals/" + proposal + "/dossier/letter"), commune);
        assertThat(PaperFixtures.docxText(letter.getContentAsByteArray())).contains("TỜ TRÌNH");
        assertThat(call(get(base + "/decisions/" + decision + "/pdf"),
                TestSessions.signIn(mvc, "kp8.lienhuong", TestAccounts.PASSWORD)).getStatus()).isEqualTo(403);
    }

    @Test
    void aCertificateBatchIsStartedPolledAndDownloaded() throws Exception {
        String base = "/api/v1/rounds/" + roundId;
        var started = call(post(base + "/decisions/" + decision + "/certificates"), commune);
        assertThat(started.getStatus()).isEqualTo(202);
        String location = started.getHeader("Location");
        assertThat(location).startsWith(base + "/certificate-batches/");
        String state = "";
        for (int i = 0; i < 300 && !state.contains("\"status\":\"READY\""); i++) {
            Thread.sleep(50);
            state = call(get(location), commune).getContentAsString(StandardCharsets.UTF_8);
        }
        assertThat(state).contains("\"status\":\"READY\"").contains("\"done\":1").contains("\"total\":1");
        var file = call(get(location + "/file"), commune);
        assertThat(PaperFixtures.pdfPages(file.getContentAsByteArray())).singleElement().asString()
                .contains("GIẤY CÔNG NHẬN").contains(HEAD);
    }

    @Test
    void aScanIsUploadedListedAndDownloadedAndAnHtmlFileRefused() throws Exception {
        String scans = "/api/v1/rounds/" + roundId + "/decisions/" + decision + "/scans";
        byte[] pdf = "%PDF-1.4\n% quét\n".getBytes(StandardCharsets.UTF_8);
        var created = upload(scans, new MockMultipartFile("file", "QĐ 85 đã ký.pdf", "text/plain", pdf));
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(call(get(scans), commune).getContentAsString(StandardCharsets.UTF_8))
                .contains("\"fileName\":\"QĐ 85 đã ký.pdf\"").contains("\"contentType\":\"application/pdf\"");
        var back = call(get(created.getHeader("Location")), commune);
        assertThat(back.getContentAsByteArray()).isEqualTo(pdf);
        var refused = upload(scans, new MockMultipartFile("file", "scan.pdf", "application/pdf",
                "<html></html>".getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("PDF");
    }

    @Test
    void aClosedRoundRefusesARegistrationThroughTheApiUntilReopened() throws Exception {
        String base = "/api/v1/rounds/" + roundId;
        int version = jdbc.sql("select version from round where id = :r").param("r", roundId).query(Integer.class)
                .single();
        var closed = call(post(base + "/close").param("version", String.valueOf(version)), commune);
        assertThat(closed.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":\"CLOSED\"");
        var branch = TestSessions.signIn(mvc, "kp8.lienhuong", TestAccounts.PASSWORD);
        long other = new RegistryFixtures(jdbc).household("22969-008", "API-GIAY-2", null);
        var register = post(base + "/registrations").contentType(MediaType.APPLICATION_JSON)
                .content("{\"subjects\":[" + other + "]}");
        assertThat(call(register, branch).getStatus()).isEqualTo(400);
        assertThat(call(post(base + "/reopen").param("version", String.valueOf(version)), commune).getStatus())
                .isEqualTo(409);
        call(post(base + "/reopen").param("version", String.valueOf(version + 1)), commune);
        assertThat(call(register, branch).getStatus()).isEqualTo(201);
    }
}

package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.registry.RegistryFixtures;
import vn.khuyenhoc.web.SpreadsheetDownload;

/** The Excel score sheet through the pages and the API, as a branch officer: download, upload, preview, commit. */
@IntegrationTest
@Transactional
class ScoreWorkbookPagesIntegrationTests {

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
    @Autowired
    Registrations registrations;
    @Autowired
    ScoreSheets sheets;
    @Autowired
    ScoreWorkbooks workbooks;

    RoundFixtures fixtures;
    long roundId;
    long second;

    @BeforeEach
    void registerTwo() {
        fixtures = new RoundFixtures(jdbc, new TestAccounts(jdbc, accounts, userDetails), editor, rounds);
        roundId = fixtures.lienHuongHouseholdRound(fixtures.householdSet());
        var registry = new RegistryFixtures(jdbc);
        fixtures.users().signIn("kp8.lienhuong");
        registrations.register(roundId, registry.household("22969-008", "EXCEL-001", null));
        second = registrations.register(roundId, registry.household("22969-008", "EXCEL-002", null));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void onThePagesAndInTheApiTheSheetGoesDownUpThroughItsPreviewAndIsSaved() throws Exception {
        var branch = TestSessions.signIn(mvc, "kp8.lienhuong", TestAccounts.PASSWORD);
        var download = mvc.perform(get("/rounds/" + roundId + "/workbook").with(branch)).andReturn().getResponse();
        fixtures.users().signIn("kp8.lienhuong"); // the service call below runs outside MockMvc, as kp8 too
        byte[] filled = Files.readAllBytes(WorkbookFilling.filledIn(workbooks, roundId,
                (id, row) -> WorkbookFilling.every(row, 5)));

        String json = mvc.perform(multipart("/api/v1/rounds/" + roundId + "/workbook")
                .file(new MockMultipartFile("file", "bang-diem.xlsx", SpreadsheetDownload.XLSX, filled))
                .param("kind", "REVIEW").with(branch).with(csrf())).andReturn().getResponse().getContentAsString();
        long uploadId = Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+),.*$", "$1"));
        String preview = mvc.perform(get("/rounds/" + roundId + "/workbook/uploads/" + uploadId).with(branch))
                .andReturn().getResponse().getContentAsString();
        int commit = mvc.perform(post("/rounds/" + roundId + "/workbook/uploads/" + uploadId + "/commit")
                .with(branch).with(csrf())).andReturn().getResponse().getStatus();

        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo(SpreadsheetDownload.XLSX);
        assertThat(json).contains("\"status\":\"READY\"");
        assertThat(preview).contains("id=\"upload-lines\"").contains("EXCEL-001").contains("100,00")
                .contains("id=\"commit-upload\"");
        assertThat(commit).isEqualTo(302);
        fixtures.users().signIn("kp8.lienhuong");
        assertThat(sheets.sheet(second, SheetKind.REVIEW).orElseThrow().total()).isEqualByComparingTo("100");
    }
}

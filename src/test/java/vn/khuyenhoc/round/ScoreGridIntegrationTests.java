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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.registry.RegistryFixtures;

/** The score grid: many sheets saved in one step with one audit entry, refused whole when one line is stale. */
@IntegrationTest
@Transactional
class ScoreGridIntegrationTests {

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
    ScoreGrid scoreGrid;
    @Autowired
    PlatformTransactionManager transactions;

    RoundFixtures fixtures;
    long roundId;
    long first;
    long second;

    @BeforeEach
    void registerTwo() {
        fixtures = new RoundFixtures(jdbc, new TestAccounts(jdbc, accounts, userDetails), editor, rounds);
        roundId = fixtures.lienHuongHouseholdRound(fixtures.householdSet());
        var registry = new RegistryFixtures(jdbc);
        fixtures.users().signIn("kp8.lienhuong");
        first = registrations.register(roundId, registry.household("22969-008", "LUOI-001", null));
        second = registrations.register(roundId, registry.household("22969-008", "LUOI-002", null));
        TestAccounts.signOut();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    MockHttpServletRequestBuilder grid(long registration, String each, MockHttpServletRequestBuilder request) {
        for (int i = 1; i <= 4; i++) {
            for (int j = 1; j <= 5; j++) {
                request.param("s." + registration + ".p." + i + "." + j, each);
            }
        }
        return request;
    }

    int gridAudits() {
        return jdbc.sql("select count(*) from audit_entry where action = 'score-grid-review' "
                + "and (after ->> 'round')::bigint = :r").param("r", roundId).query(Integer.class).single();
    }

    @Test
    void aBranchOfficerScoresTwoHouseholdsInOneStep() throws Exception {
        var branch = TestSessions.signIn(mvc, "kp8.lienhuong", TestAccounts.PASSWORD);
        String page = mvc.perform(get("/rounds/" + roundId + "/grid").with(branch)).andReturn().getResponse()
                .getContentAsString();
        var request = grid(second, "2", grid(first, "5", post("/rounds/" + roundId + "/grid")))
                .param("kind", "REVIEW").with(branch).with(csrf());

        int status = mvc.perform(request).andReturn().getResponse().getStatus();

        fixtures.users().signIn("kp8.lienhuong");
        assertThat(page).contains("name=\"s." + first + ".p.4.5\"").contains("LUOI-002");
        assertThat(status).isEqualTo(302);
        assertThat(sheets.sheet(first, SheetKind.REVIEW).orElseThrow().achieved()).isTrue();
        assertThat(sheets.sheet(second, SheetKind.REVIEW).orElseThrow().total()).isEqualByComparingTo("40");
        assertThat(gridAudits()).isEqualTo(1);
    }

    @Test
    void aStaleLineRefusesTheWholeGridEvenAfterAGoodLineWasWritten() {
        fixtures.users().signIn("kp8.lienhuong");
        int read = sheets.save(second, SheetKind.REVIEW, RoundFixtures.sheet("3", null)).version();
        sheets.save(second, SheetKind.REVIEW, RoundFixtures.sheet("4", read));
        var lines = new java.util.TreeMap<Long, SheetForm>(java.util.Map.of(first, RoundFixtures.sheet("5", null),
                second, RoundFixtures.sheet("5", read)));
        var nested = new TransactionTemplate(transactions);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);

        assertThatThrownBy(() -> nested.executeWithoutResult(status -> scoreGrid.save(roundId, SheetKind.REVIEW,
                lines))).isInstanceOf(ChangedMeanwhile.class);
        assertThat(sheets.sheet(first, SheetKind.REVIEW)).isEmpty();
        assertThat(sheets.sheet(second, SheetKind.REVIEW).orElseThrow().total()).isEqualByComparingTo("80");
        assertThat(gridAudits()).isZero();
    }
}

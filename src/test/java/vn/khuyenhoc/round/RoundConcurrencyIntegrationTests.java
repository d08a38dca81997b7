package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.registry.RegistryFixtures;

/** Two officers on one sheet or one proposal: the second is told, nothing is overwritten; decisions are whole. */
@IntegrationTest
@Transactional
class RoundConcurrencyIntegrationTests {

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
    Decisions decisions;
    @Autowired
    PlatformTransactionManager transactions;

    RoundFixtures fixtures;
    long roundId;

    @BeforeEach
    void openRound() {
        fixtures = new RoundFixtures(jdbc, new TestAccounts(jdbc, accounts, userDetails), editor, rounds);
        roundId = fixtures.lienHuongHouseholdRound(fixtures.householdSet());
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    long registered(String code) {
        fixtures.users().signIn("kp8.lienhuong");
        return registrations.register(roundId, new RegistryFixtures(jdbc).household("22969-008", code, null));
    }

    @Test
    void theSecondOfficerSavingASheetOpenedAtTheSameVersionIsToldAndNothingIsOverwritten() {
        long registration = registered("CONC-001");
        int opened = sheets.save(registration, SheetKind.REVIEW, RoundFixtures.sheet("3", null)).version();
        SavedSheet first = sheets.save(registration, SheetKind.REVIEW, RoundFixtures.sheet("5", opened));

        assertThatThrownBy(() -> sheets.save(registration, SheetKind.REVIEW, RoundFixtures.sheet("1", opened)))
                .isInstanceOf(ChangedMeanwhile.class).hasMessage("round.changedMeanwhile");
        SavedSheet kept = sheets.sheet(registration, SheetKind.REVIEW).orElseThrow();
        assertThat(kept.total()).isEqualByComparingTo("100");
        assertThat(kept.version()).isEqualTo(first.version());
    }

    @Test
    void aSecondNewSheetForTheSameRegistrationIsRefused() {
        long registration = registered("CONC-002");
        sheets.save(registration, SheetKind.SELF, RoundFixtures.sheet("4", null));

        assertThatThrownBy(() -> sheets.save(registration, SheetKind.SELF, RoundFixtures.sheet("2", null)))
                .isInstanceOf(ChangedMeanwhile.class);
        assertThat(sheets.sheet(registration, SheetKind.SELF).orElseThrow().total()).isEqualByComparingTo("80");
    }

    @Test
    void aReviewFromAStaleFormIsRefused() {
        long registration = registered("CONC-003");
        int stale = fixtures.version(registration);
        sheets.review(registration, ReviewOutcome.RETURNED, "Thiếu minh chứng", stale);
        sheets.save(registration, SheetKind.REVIEW, RoundFixtures.sheet("5", null));

        assertThatThrownBy(() -> sheets.review(registration, ReviewOutcome.ACCEPTED, null, stale))
                .isInstanceOf(ChangedMeanwhile.class);
        assertThat(fixtures.status(registration)).isEqualTo("RETURNED");
    }

    @Test
    void aProposalIsDecidedOnlyOnce() {
        Proposal proposal = proposed("CONC-004");
        decisions.decide(proposal.id(), proposal.version(), RoundFixtures.decision("94/QĐ-UBND"), List.of());

        assertThatThrownBy(() -> decisions.decide(proposal.id(), proposal.version(),
                RoundFixtures.decision("95/QĐ-UBND"), List.of())).isInstanceOf(ChangedMeanwhile.class);
    }

    @Test
    void aDecisionThatFailsHalfwayLeavesNothingBehind() {
        Proposal proposal = proposed("CONC-005");
        long registration = jdbc.sql("select registration_id from round_proposal_item where proposal_id = :p")
                .param("p", proposal.id()).query(Long.class).single();
        // A recognition already there for the registration makes the batched insert fail after the decision row.
        long other = jdbc.sql("""
                insert into round_decision (round_id, kind, number, signed_on, signer_name, signer_title, issuing_body)
                values (:r, 'RECOGNISE', '1/QĐ-THU', current_date, 'A', 'B', 'C') returning id""")
                .param("r", roundId).query(Long.class).single();
        jdbc.sql("""
                insert into round_recognition (decision_id, registration_id, subject_kind, subject_id, title, year,
                                               register_number, valid_from, valid_until)
                select :d, id, subject_kind, subject_id, title, year, 'X', current_date, current_date
                from round_registration where id = :g""").param("d", other).param("g", registration).update();
        var nested = new TransactionTemplate(transactions);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);

        assertThatThrownBy(() -> nested.executeWithoutResult(status -> decisions.decide(proposal.id(),
                proposal.version(), RoundFixtures.decision("96/QĐ-UBND"), List.of()))).isNotNull();
        assertThat(jdbc.sql("select count(*) from round_decision where number = '96/QĐ-UBND'")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select status from round_proposal where id = :p").param("p", proposal.id())
                .query(String.class).single()).isEqualTo("SENT");
        assertThat(fixtures.status(registration)).isEqualTo("PROPOSED");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity = 'decision' and after ->> 'number' = "
                + "'96/QĐ-UBND'").query(Integer.class).single()).isZero();
    }

    Proposal proposed(String code) {
        long registration = registered(code);
        sheets.save(registration, SheetKind.REVIEW, RoundFixtures.sheet("5", null));
        sheets.review(registration, ReviewOutcome.ACCEPTED, null, fixtures.version(registration));
        fixtures.users().signIn("xa.lienhuong");
        return decisions.propose(roundId, List.of(registration));
    }
}

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
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.registry.RegistryFixtures;
import vn.khuyenhoc.shared.InvalidInput;

/** A closed round takes no registrations, sheets nor reviews until the recognising level reopens it. */
@IntegrationTest
@Transactional
class RoundClosingIntegrationTests {

    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired CriteriaEditor editor;
    @Autowired Rounds rounds;
    @Autowired Registrations registrations;
    @Autowired ScoreSheets sheets;
    @Autowired Decisions decisions;
    @Autowired RoundClosing closing;

    RoundFixtures round;
    long roundId;
    long registered;
    long waiting;

    @BeforeEach
    void openRoundWithARegistration() {
        round = new RoundFixtures(jdbc, new TestAccounts(jdbc, accounts, userDetails), editor, rounds);
        roundId = round.lienHuongHouseholdRound(round.householdSet());
        var registry = new RegistryFixtures(jdbc);
        round.users().signIn("kp8.lienhuong");
        registered = registrations.register(roundId, registry.household("22969-008", "DONG-1", null));
        waiting = registry.household("22969-008", "DONG-2", null);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aClosedRoundRefusesRegistrationsSheetsAndReviewsUntilReopened() {
        round.users().signIn("xa.lienhuong");
        RoundView closed = closing.close(roundId, rounds.require(roundId).version());
        assertThat(closed.closed()).isTrue();

        round.users().signIn("kp8.lienhuong");
        assertThatThrownBy(() -> registrations.register(roundId, waiting)).hasMessage("round.closed");
        assertThatThrownBy(() -> sheets.save(registered, SheetKind.REVIEW, RoundFixtures.sheet("5", null)))
                .isInstanceOf(InvalidInput.class).hasMessage("round.closed");
        assertThatThrownBy(() -> sheets.review(registered, ReviewOutcome.REJECTED, null, round.version(registered)))
                .hasMessage("round.closed");

        round.users().signIn("xa.lienhuong");
        closing.reopen(roundId, closed.version());
        round.users().signIn("kp8.lienhuong");
        assertThat(registrations.register(roundId, waiting)).isPositive();
        assertThat(jdbc.sql("""
                select string_agg(action, ',' order by id) from audit_entry
                where entity = 'round' and entity_id = :r and action in ('close', 'reopen')""")
                .param("r", roundId).query(String.class).single()).isEqualTo("close,reopen");
    }

    @Test
    void aStaleVersionChangesNothing() {
        round.users().signIn("xa.lienhuong");
        int version = rounds.require(roundId).version();
        closing.close(roundId, version);
        assertThatThrownBy(() -> closing.reopen(roundId, version)).isInstanceOf(ChangedMeanwhile.class);
        assertThatThrownBy(() -> closing.close(roundId, version + 1)).isInstanceOf(ChangedMeanwhile.class);
        assertThat(rounds.require(roundId).closed()).isTrue();
    }

    @Test
    void onlyTheRecognisingLevelClosesARoundAndProposalsGoOnAfter() {
        round.users().signIn("kp8.lienhuong");
        assertThatThrownBy(() -> closing.close(roundId, rounds.require(roundId).version()))
                .isInstanceOf(AccessDenied.class);
        sheets.save(registered, SheetKind.REVIEW, RoundFixtures.sheet("5", null));
        sheets.review(registered, ReviewOutcome.ACCEPTED, null, round.version(registered));
        round.users().signIn("xa.lienhuong");
        closing.close(roundId, rounds.require(roundId).version());
        assertThat(decisions.propose(roundId, List.of(registered)).subjectCount()).isEqualTo(1);
    }
}

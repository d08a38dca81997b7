package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.registry.RegistryFixtures;
import vn.khuyenhoc.shared.InvalidInput;

/** One household from registration to recognition through the round APIs, each step audited once. */
@IntegrationTest
@Transactional
class RoundJourneyIntegrationTests {

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
    RoundInbox inbox;

    RoundFixtures fixtures;
    long roundId;
    long household;

    @BeforeEach
    void openRound() {
        var users = new TestAccounts(jdbc, accounts, userDetails);
        fixtures = new RoundFixtures(jdbc, users, editor, rounds);
        roundId = fixtures.lienHuongHouseholdRound(fixtures.householdSet());
        household = new RegistryFixtures(jdbc).household("22969-008", "DOT-THU-001", null);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    int audits(String entity, String action) {
        return jdbc.sql("""
                select count(*) from audit_entry where entity = :e and action = :a
                  and (entity_id in (select id from round_registration where round_id = :r)
                       or (after ->> 'round')::bigint = :r or entity_id = :r
                       or (after ->> 'decision')::bigint in (select id from round_decision where round_id = :r))""")
                .param("e", entity).param("a", action).param("r", roundId).query(Integer.class).single();
    }

    @Test
    void aHouseholdGoesFromRegistrationToARecognitionValidForOneYear() {
        fixtures.users().signIn("kp8.lienhuong");
        long registration = registrations.register(roundId, household);
        sheets.save(registration, SheetKind.SELF, RoundFixtures.sheet("4", null));
        SavedSheet review = sheets.save(registration, SheetKind.REVIEW, RoundFixtures.sheet("5", null));
        sheets.review(registration, ReviewOutcome.ACCEPTED, null, fixtures.version(registration));

        fixtures.users().signIn("xa.lienhuong");
        Proposal proposal = decisions.propose(roundId, List.of(registration));
        long decision = decisions.decide(proposal.id(), proposal.version(), RoundFixtures.decision("91/QĐ-UBND"),
                List.of());

        assertThat(review.achieved()).isTrue();
        assertThat(review.band()).isEqualTo("Tốt");
        assertThat(review.total()).isEqualByComparingTo("100");
        assertThat(review.notes()).containsEntry("1.1", "Có giấy khen của trường");
        assertThat(sheets.sheet(registration, SheetKind.SELF).orElseThrow().total()).isEqualByComparingTo("80");
        assertThat(proposal.subjectCount()).isEqualTo(1);
        assertThat(proposal.registeredCount()).isEqualTo(1);
        assertThat(proposal.ratePercent()).isEqualByComparingTo("100.00");
        assertThat(fixtures.status(registration)).isEqualTo("RECOGNISED");
        var titles = decisions.history("household", household);
        assertThat(titles).hasSize(1);
        assertThat(titles.get(0).decisionNumber()).isEqualTo("91/QĐ-UBND");
        assertThat(titles.get(0).registerNumber()).isEqualTo("91/QĐ-UBND-0001");
        assertThat(titles.get(0).validFrom()).isEqualTo(LocalDate.of(RoundFixtures.YEAR + 1, 3, 15));
        assertThat(titles.get(0).validUntil()).isEqualTo(LocalDate.of(RoundFixtures.YEAR + 2, 3, 14));
        assertThat(titles.get(0).validOn(LocalDate.of(RoundFixtures.YEAR + 1, 12, 31))).isTrue();
        assertThat(audits("registration", "register")).isEqualTo(1);
        assertThat(audits("registration", "review")).isEqualTo(1);
        assertThat(audits("proposal", "propose")).isEqualTo(1);
        assertThat(audits("decision", "recognise")).isEqualTo(1);
        assertThat(decision).isPositive();
    }

    @Test
    void theTimelineShowsEveryStepWithWhoTookItAndTheInboxWhatWaitsForWhom() {
        fixtures.users().signIn("kp8.lienhuong");
        long registration = registrations.register(roundId, household);
        sheets.save(registration, SheetKind.SELF, RoundFixtures.sheet("4", null));
        var branchInbox = inbox.mine(LocalDate.of(RoundFixtures.YEAR, 12, 20)).stream()
                .filter(item -> item.roundId() == roundId).toList();
        sheets.save(registration, SheetKind.REVIEW, RoundFixtures.sheet("5", null));
        sheets.review(registration, ReviewOutcome.ACCEPTED, null, fixtures.version(registration));
        fixtures.users().signIn("xa.lienhuong");
        var communeInbox = inbox.mine(LocalDate.of(RoundFixtures.YEAR, 1, 2)).stream()
                .filter(item -> item.roundId() == roundId).toList();

        assertThat(branchInbox).singleElement().satisfies(item -> {
            assertThat(item.step()).isEqualTo(Step.REVIEW);
            assertThat(item.count()).isEqualTo(1);
            assertThat(item.deadline()).isEqualTo(LocalDate.of(RoundFixtures.YEAR, 12, 31));
            assertThat(item.nearing()).isTrue();
        });
        assertThat(communeInbox).singleElement().satisfies(item -> {
            assertThat(item.step()).isEqualTo(Step.PROPOSE);
            assertThat(item.nearing()).isFalse();
        });
        assertThat(decisions.timeline("household", household)).extracting(TimelineEvent::step)
                .containsExactly("ACCEPTED", "SCORED", "SELF_ASSESSED", "REGISTERED");
        assertThat(decisions.timeline("household", household)).extracting(TimelineEvent::actorName)
                .containsOnly("Chi hội Khu phố 8");
    }

    @Test
    void aLaterDecisionRevokesARecognition() {
        long registration = recognised("DOT-THU-002", "92/QĐ-UBND");
        long recognition = jdbc.sql("select id from round_recognition where registration_id = :r")
                .param("r", registration).query(Long.class).single();

        decisions.revoke(roundId, List.of(recognition), new DecisionForm("93/QĐ-UBND",
                LocalDate.of(RoundFixtures.YEAR + 1, 6, 1), "Nguyễn Văn Thử", "Chủ tịch",
                "Ủy ban nhân dân xã Liên Hương", "Khai man điểm"));

        var title = decisions.history("household", household).get(0);
        assertThat(title.revokedBy()).isEqualTo("93/QĐ-UBND");
        assertThat(title.validOn(LocalDate.of(RoundFixtures.YEAR + 1, 7, 1))).isFalse();
        assertThat(fixtures.status(registration)).isEqualTo("REVOKED");
        assertThat(audits("decision", "revoke")).isEqualTo(1);
    }

    @Test
    void aSubjectRegistersOnlyOncePerTitleAndYear() {
        fixtures.users().signIn("kp8.lienhuong");
        registrations.register(roundId, household);

        assertThatThrownBy(() -> registrations.register(roundId, household)).isInstanceOf(InvalidInput.class)
                .hasMessage("round.register.alreadyRegistered");
    }

    @Test
    void theReviewerCannotAcceptASheetThatDoesNotAchieveTheTitle() {
        fixtures.users().signIn("kp8.lienhuong");
        long registration = registrations.register(roundId, household);
        SavedSheet sheet = sheets.save(registration, SheetKind.REVIEW, RoundFixtures.sheet("2", null));

        assertThat(sheet.achieved()).isFalse();
        assertThatThrownBy(() -> sheets.review(registration, ReviewOutcome.ACCEPTED, null,
                fixtures.version(registration))).hasMessage("round.review.notAchieved");
        assertThatThrownBy(() -> sheets.review(registration, ReviewOutcome.RETURNED, "  ",
                fixtures.version(registration))).hasMessage("round.review.commentNeeded");
        sheets.review(registration, ReviewOutcome.RETURNED, "Bổ sung minh chứng", fixtures.version(registration));
        assertThat(fixtures.status(registration)).isEqualTo("RETURNED");
    }

    @Test
    void proposingARegistrationNotAcceptedIsRefusedWhole() {
        long accepted = accepted("DOT-THU-003");
        long registered = registrations.register(roundId,
                new RegistryFixtures(jdbc).household("22969-008", "DOT-THU-004", null));
        fixtures.users().signIn("xa.lienhuong");

        assertThatThrownBy(() -> decisions.propose(roundId, List.of(accepted, registered)))
                .hasMessage("round.propose.notAccepted");
    }

    long accepted(String householdCode) {
        fixtures.users().signIn("kp8.lienhuong");
        household = new RegistryFixtures(jdbc).household("22969-008", householdCode, null);
        long registration = registrations.register(roundId, household);
        sheets.save(registration, SheetKind.REVIEW, RoundFixtures.sheet("5", null));
        sheets.review(registration, ReviewOutcome.ACCEPTED, null, fixtures.version(registration));
        return registration;
    }

    long recognised(String householdCode, String number) {
        long registration = accepted(householdCode);
        fixtures.users().signIn("xa.lienhuong");
        Proposal proposal = decisions.propose(roundId, List.of(registration));
        decisions.decide(proposal.id(), proposal.version(), RoundFixtures.decision(number), List.of());
        return registration;
    }
}

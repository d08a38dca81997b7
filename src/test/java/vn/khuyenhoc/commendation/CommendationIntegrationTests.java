package vn.khuyenhoc.commendation;

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
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.association.AssociationFixtures;
import vn.khuyenhoc.registry.RegistryFixtures;

/**
 * A village's proposal to its commune and the commune's decision over it, directly recorded commendations, the
 * guard around both, the audit (one entry per step) and the published count view, on the demo map.
 */
@IntegrationTest
@Transactional
class CommendationIntegrationTests {

    static final LocalDate DECIDED = LocalDate.of(2026, 1, 20);
    @Autowired Commendations commendations;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService userDetails;
    TestAccounts users;
    long village;
    long commune;
    long person;
    long household;

    @BeforeEach
    void recipientsInKhuPho8() {
        users = new TestAccounts(jdbc, accounts, userDetails);
        var fixtures = new AssociationFixtures(jdbc);
        village = fixtures.unit("22969-008");
        commune = fixtures.unit("22969");
        person = fixtures.person("22969-008", "Trần Thị Khen Thưởng");
        household = new RegistryFixtures(jdbc).household("22969-008", "KT-H1", null);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aDecisionOverAProposalTurnsTheAcceptedItemsIntoCommendationsAndKeepsTheRejectedWithTheirReason() {
        users.signIn("kp8.lienhuong");
        long proposal = commendations.propose(proposalOfThree());
        users.signIn("xa.lienhuong");
        var items = itemIds(proposal);

        List<Long> made = commendations.decide(proposal, new DecisionForm("Hội Khuyến học xã Liên Hương",
                "07/QĐ-HKH", DECIDED, List.of(new DecisionForm.Outcome(items.get(0), true, null),
                new DecisionForm.Outcome(items.get(1), false, "Chưa đủ thời gian tham gia"),
                new DecisionForm.Outcome(items.get(2), true, null))));

        assertThat(made).hasSize(2);
        var rows = jdbc.sql("""
                select recipient_kind || ':' || kind || ':' || area_unit_id || ':' || year || ':' || decision_number
                from commendation where id in (:ids) order by item_id""").param("ids", made).query(String.class).list();
        assertThat(rows).containsExactly("PERSON:BANG_KHEN:" + village + ":2025:07/QĐ-HKH",
                "VILLAGE:CO_THI_DUA:" + village + ":2025:07/QĐ-HKH");
        assertThat(jdbc.sql("select outcome || ':' || coalesce(rejection_reason, '') from commendation_item "
                + "where proposal_id = :p order by position").param("p", proposal).query(String.class).list())
                .containsExactly("ACCEPTED:", "REJECTED:Chưa đủ thời gian tham gia", "ACCEPTED:");
        assertThat(audited("commendation-proposal", proposal, "decide")).containsExactlyInAnyOrderElementsOf(made);
        assertThat(audited("commendation-proposal", proposal, "propose")).containsExactlyElementsOf(items);
    }

    @Test
    void aProposalIsDecidedOnceAndOnlyByTheUnitItWasSentTo() {
        users.signIn("kp8.lienhuong");
        long proposal = commendations.propose(proposalOfThree());
        var outcomes = itemIds(proposal).stream().map(id -> new DecisionForm.Outcome(id, true, null)).toList();
        var decision = new DecisionForm("Hội Khuyến học xã Liên Hương", "08/QĐ-HKH", DECIDED, outcomes);

        assertThatThrownBy(() -> commendations.decide(proposal, decision)).isInstanceOf(AccessDenied.class);
        users.signIn("xa.lienhuong");
        commendations.decide(proposal, decision);
        assertThatThrownBy(() -> commendations.decide(proposal, decision))
                .hasFieldOrPropertyWithValue("messageKey", "commendation.proposal.alreadyDecided");
    }

    @Test
    void aDecisionGivesEveryItemAnOutcomeAndEveryRefusalItsReason() {
        long proposal = proposeAsBranch();
        var items = itemIds(proposal);
        var onlyOne = List.of(new DecisionForm.Outcome(items.get(0), true, null));
        var noReason = items.stream().map(id -> new DecisionForm.Outcome(id, false, " ")).toList();

        assertThatThrownBy(() -> commendations.decide(proposal, decision(onlyOne)))
                .hasFieldOrPropertyWithValue("messageKey", "commendation.decision.outcomes");
        assertThatThrownBy(() -> commendations.decide(proposal, decision(noReason)))
                .hasFieldOrPropertyWithValue("messageKey", "commendation.decision.rejectionReason");
        assertThat(jdbc.sql("select count(*) from commendation where item_id in (:i)").param("i", items)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aProposalGoesOnlyToAUnitAboveTheProposingOne() {
        users.signIn("xa.lienhuong");
        var form = new ProposalForm(2025, commune, village, "03/TTr", DECIDED, proposalOfThree().items());

        assertThatThrownBy(() -> commendations.propose(form))
                .hasFieldOrPropertyWithValue("messageKey", "commendation.proposal.notAbove");
    }

    @Test
    void aCommendationIsRecordedInTheOfficersAreaOnlyAndForARecipientWithinReach() {
        users.signIn("xa.lienhuong");
        long id = commendations.record(direct(RecipientKind.HOUSEHOLD, household, commune));
        long foreignHousehold = new RegistryFixtures(jdbc).household("27655-001", "KT-H2", null);

        assertThat(jdbc.sql("select count(*) from audit_entry where entity = 'commendation' and entity_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> commendations.record(direct(RecipientKind.HOUSEHOLD, household,
                new AssociationFixtures(jdbc).unit("27655")))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> commendations.record(direct(RecipientKind.HOUSEHOLD, foreignHousehold, commune)))
                .hasFieldOrPropertyWithValue("messageKey", "commendation.recipient.outOfReach");
        assertThatThrownBy(() -> commendations.record(direct(RecipientKind.CLAN, household, commune)))
                .hasFieldOrPropertyWithValue("messageKey", "commendation.recipient.unknown");
    }

    @Test
    void thePublishedCountViewCountsCollectivesAndPersonsByAreaYearAndKind() {
        users.signIn("xa.lienhuong");
        commendations.record(direct(RecipientKind.HOUSEHOLD, household, village));
        commendations.record(direct(RecipientKind.VILLAGE, village, village));
        commendations.record(direct(RecipientKind.PERSON, person, village));

        var counts = jdbc.sql("""
                select kind || ':' || collective || ':' || commendations from commendation_count_by_year
                where area_unit_id = :v and year = 1999 order by collective desc""")
                .param("v", village).query(String.class).list();
        assertThat(counts).containsExactly("GIAY_KHEN:true:2", "GIAY_KHEN:false:1");
    }

    private CommendationForm direct(RecipientKind kind, long recipient, long area) {
        return new CommendationForm(CommendationKind.GIAY_KHEN, kind, recipient, area, 1999,
                "Hội Khuyến học xã Liên Hương", "11/QĐ-HKH", DECIDED, "Gia đình học tập tiêu biểu");
    }

    private long proposeAsBranch() {
        users.signIn("kp8.lienhuong");
        long id = commendations.propose(proposalOfThree());
        users.signIn("xa.lienhuong");
        return id;
    }

    private static DecisionForm decision(List<DecisionForm.Outcome> outcomes) {
        return new DecisionForm("Hội Khuyến học xã Liên Hương", "09/QĐ-HKH", DECIDED, outcomes);
    }

    private ProposalForm proposalOfThree() {
        return new ProposalForm(2025, village, commune, "02/TTr-CHKP8", LocalDate.of(2026, 1, 5), List.of(
                new ProposalForm.Item(CommendationKind.BANG_KHEN, RecipientKind.PERSON, person, "Cán bộ chi hội tiêu biểu"),
                new ProposalForm.Item(CommendationKind.GIAY_KHEN, RecipientKind.HOUSEHOLD, household, "Gia đình hiếu học"),
                new ProposalForm.Item(CommendationKind.CO_THI_DUA, RecipientKind.VILLAGE, village, "Khu phố dẫn đầu")));
    }

    private List<Long> itemIds(long proposal) {
        return jdbc.sql("select id from commendation_item where proposal_id = :p order by position")
                .param("p", proposal).query(Long.class).list();
    }

    private List<Long> audited(String entity, long id, String action) {
        return jdbc.sql("""
                select unnest(affected_ids) from audit_entry where entity = :e and entity_id = :id and action = :a""")
                .param("e", entity).param("id", id).param("a", action).query(Long.class).list();
    }
}

package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
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
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.registry.RegistryFixtures;
import vn.khuyenhoc.shared.NotFound;

/** Every certificate of a decision as one PDF rendered in the background, its progress polled. */
@IntegrationTest
@Transactional
class CertificateBatchIntegrationTests {

    static final List<String> HEADS = List.of("Lê Thị Thu Thủy", "Võ Văn Đức", "Huỳnh Ngọc Ánh");
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired CriteriaEditor editor;
    @Autowired Rounds rounds;
    @Autowired Registrations registrations;
    @Autowired ScoreSheets sheets;
    @Autowired Decisions decisions;
    @Autowired CertificateBatches batches;

    RoundFixtures round;
    long roundId;
    long decision;

    @BeforeEach
    void decideThreeHouseholds() {
        var users = new TestAccounts(jdbc, accounts, userDetails);
        round = new RoundFixtures(jdbc, users, editor, rounds);
        roundId = round.lienHuongHouseholdRound(round.householdSet());
        var registry = new RegistryFixtures(jdbc);
        var households = HEADS.stream().map(head -> registry.household("22969-008", "LO-" + head.hashCode(), head,
                1975)).toList();
        decision = new PaperFixtures(round, registrations, sheets, decisions).decided(roundId, households,
                "81/QĐ-UBND");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aBatchRendersOneLandscapePagePerRecognisedSubjectWithItsRegisterNumber() throws Exception {
        CertificateBatch started = batches.start(roundId, decision);
        assertThat(started.total()).isEqualTo(3);
        CertificateBatch done = awaitReady(started.id());
        assertThat(done.done()).isEqualTo(3);
        assertThat(done.fileName()).isEqualTo("giay-cong-nhan-81-qd-ubnd.pdf");
        byte[] pdf = batches.file(roundId, started.id()).getContentAsByteArray();
        List<String> pages = PaperFixtures.pdfPages(pdf);
        assertThat(pages).hasSize(3);
        assertThat(PaperFixtures.landscape(pdf, 2)).isTrue();
        assertThat(String.join("\n", pages)).contains(HEADS.get(0)).contains(HEADS.get(1)).contains(HEADS.get(2))
                .contains("Số vào sổ: 81/QĐ-UBND-0001").contains("Số vào sổ: 81/QĐ-UBND-0003");
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity = 'decision' and action = 'certificates'
                and entity_id = :d""").param("d", decision).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void onlyTheOfficerWhoStartedABatchSeesIt() throws Exception {
        long batch = batches.start(roundId, decision).id();
        awaitReady(batch);
        round.users().create("lo.khac", Role.COMMUNE_OFFICER, "22969");
        round.users().signIn("lo.khac");
        assertThatThrownBy(() -> batches.find(roundId, batch)).isInstanceOf(NotFound.class);
        round.users().signIn("admin");
        assertThat(batches.find(roundId, batch).ready()).isTrue();
        assertThatThrownBy(() -> batches.find(roundId + 1, batch)).isInstanceOf(NotFound.class);
    }

    @Test
    void aBranchOfficerMayNotStartABatch() {
        round.users().signIn("kp8.lienhuong");
        assertThatThrownBy(() -> batches.start(roundId, decision)).isInstanceOf(AccessDenied.class);
    }

    private CertificateBatch awaitReady(long batch) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        CertificateBatch state = batches.find(roundId, batch);
        while (state.working() && Instant.now().isBefore(until)) {
            Thread.sleep(50);
            state = batches.find(roundId, batch);
        }
        assertThat(state.status()).isEqualTo("READY");
        return state;
    }
}

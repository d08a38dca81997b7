package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
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
import vn.khuyenhoc.shared.NotFound;

/** The signed, stamped scan kept with a decision: checked by content and size, named safely, audited. */
@IntegrationTest
@Transactional
class DecisionScansIntegrationTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired CriteriaEditor editor;
    @Autowired Rounds rounds;
    @Autowired Registrations registrations;
    @Autowired ScoreSheets sheets;
    @Autowired Decisions decisions;
    @Autowired DecisionScans scans;

    RoundFixtures round;
    long roundId;
    long decision;

    @BeforeEach
    void decideOneHousehold() {
        round = new RoundFixtures(jdbc, new TestAccounts(jdbc, accounts, userDetails), editor, rounds);
        roundId = round.lienHuongHouseholdRound(round.householdSet());
        long household = new RegistryFixtures(jdbc).household("22969-008", "QUET-1", "Phan Văn Quét", 1960);
        decision = new PaperFixtures(round, registrations, sheets, decisions).decided(roundId, List.of(household),
                "83/QĐ-UBND");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aScanIsKeptUnderASafeNameAndComesBackAsUploaded() {
        long scan = scans.attach(roundId, decision, "../../Quyết định đã ký.png", PNG);
        assertThat(scans.of(roundId, decision)).singleElement().satisfies(s -> {
            assertThat(s.fileName()).isEqualTo("Quyết định đã ký.png");
            assertThat(s.contentType()).isEqualTo("image/png");
            assertThat(s.sizeBytes()).isEqualTo(PNG.length);
        });
        var opened = scans.open(roundId, decision, scan);
        assertThat(opened.content()).isEqualTo(PNG);
        String stored = jdbc.sql("select stored_path from round_evidence where id = :id").param("id", scan)
                .query(String.class).single();
        assertThat(stored).doesNotContain("Quyết").matches("\\d{4}/[0-9a-f-]{36}");
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity = 'decision-scan' and action = 'attach'
                and entity_id = :id""").param("id", scan).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNoPdfNorImageIsRefusedWhateverItsName() {
        byte[] text = "<html>not a scan</html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> scans.attach(roundId, decision, "quyet-dinh.pdf", text))
                .isInstanceOf(InvalidInput.class).hasMessage("round.evidence.type");
        assertThatThrownBy(() -> scans.attach(roundId, decision, "rong.pdf", new byte[0]))
                .isInstanceOf(InvalidInput.class);
        assertThat(scans.of(roundId, decision)).isEmpty();
    }

    @Test
    void aScanIsNotAnEvidenceFileAndABranchOfficerCannotReachIt() {
        long scan = scans.attach(roundId, decision, "scan.png", PNG);
        assertThatThrownBy(() -> scans.open(roundId, decision + 1, scan)).isInstanceOf(NotFound.class);
        round.users().signIn("kp8.lienhuong");
        assertThatThrownBy(() -> scans.open(roundId, decision, scan)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> scans.attach(roundId, decision, "scan.png", PNG)).isInstanceOf(AccessDenied.class);
    }
}

package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.khuyenhoc.shared.InvalidInput;

/** Evidence files: checked by content and size, stored under a path the server chose, read back unchanged. */
@IntegrationTest
@Transactional
class EvidenceIntegrationTests {

    static final byte[] PDF = "%PDF-1.4\nminh chung\n%%EOF".getBytes(StandardCharsets.UTF_8);

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
    Evidence evidence;

    RoundFixtures fixtures;
    long registration;

    @BeforeEach
    void register() {
        fixtures = new RoundFixtures(jdbc, new TestAccounts(jdbc, accounts, userDetails), editor, rounds);
        long round = fixtures.lienHuongHouseholdRound(fixtures.householdSet());
        fixtures.users().signIn("kp8.lienhuong");
        registration = registrations.register(round, new RegistryFixtures(jdbc).household("22969-008", "MC-001", null));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aPdfIsStoredUnderAServerChosenPathAndReadBackWithItsSanitisedName() throws Exception {
        long id = evidence.attach(registration, "1.2", "../../../etc/Giấy khen.pdf", PDF);

        String stored = jdbc.sql("select stored_path from round_evidence where id = :id").param("id", id)
                .query(String.class).single();
        var opened = evidence.open(registration, id);
        assertThat(stored).matches("\\d{4}/[0-9a-f-]{36}").doesNotContain("khen");
        assertThat(Files.readAllBytes(Path.of("target/test-evidence").resolve(stored))).isEqualTo(PDF);
        assertThat(opened.fileName()).isEqualTo("Giấy khen.pdf");
        assertThat(opened.contentType()).isEqualTo("application/pdf");
        assertThat(opened.content()).isEqualTo(PDF);
        assertThat(evidence.of(registration)).singleElement().satisfies(file -> {
            assertThat(file.nodeCode()).isEqualTo("1.2");
            assertThat(file.sizeBytes()).isEqualTo(PDF.length);
        });
    }

    @Test
    void aFileThatIsNotAPdfOrAnImageOrIsTooLargeIsRefused() {
        assertThatThrownBy(() -> evidence.attach(registration, null, "anh.png",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInput.class).hasMessage("round.evidence.type");
        byte[] large = new byte[(int) EvidenceTypes.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        assertThatThrownBy(() -> evidence.attach(registration, null, "lon.pdf", large))
                .hasMessage("round.evidence.size");
        assertThat(evidence.of(registration)).isEmpty();
    }

    @Test
    void anOfficerOfAnotherVillageNeitherAttachesNorOpens() {
        long id = evidence.attach(registration, null, "a.pdf", PDF);
        fixtures.users().create("mc.other", Role.BRANCH_OFFICER, "22969-001");
        fixtures.users().signIn("mc.other");

        assertThatThrownBy(() -> evidence.attach(registration, null, "b.pdf", PDF)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> evidence.open(registration, id)).isInstanceOf(AccessDenied.class);
    }
}

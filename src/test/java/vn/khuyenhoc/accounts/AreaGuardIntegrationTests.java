package vn.khuyenhoc.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;

/** The decisions of the one guard, on the demo map (Lâm Đồng → Xã Liên Hương; Hồ Chí Minh → Xã Nhà Bè). */
@IntegrationTest
@Transactional
class AreaGuardIntegrationTests {

    @Autowired
    AreaGuard guard;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;
    TestAccounts users;

    @BeforeEach
    void setUp() {
        users = new TestAccounts(jdbc, accounts, userDetails);
    }

    @AfterEach
    void tearDown() {
        TestAccounts.signOut();
    }

    @Test
    void anAdministratorSeesAndChangesEverything() {
        users.signIn("admin");
        assertThat(guard.canWrite(users.unit("27655"))).isTrue();
        assertThat(guard.canWrite(users.unit("22969-008"))).isTrue();
        assertThat(guard.canRead(AreaGuard.WHOLE_COUNTRY)).isTrue();
        assertThat(guard.scopePaths(guard.requireUser())).containsExactly("/");
    }

    @Test
    void aProvinceOfficerSeesACommuneOfItsProvinceButNotOfAnother() {
        users.signIn("tinh.lamdong");
        assertThat(guard.canWrite(users.unit("22969"))).isTrue();
        assertThat(guard.canRead(users.unit("27655"))).isFalse();
        assertThat(guard.canRead(users.unit("79"))).isFalse();
        assertThat(guard.canRead(AreaGuard.WHOLE_COUNTRY)).isFalse();
    }

    @Test
    void aCommuneOfficerSeesItsVillagesButNotTheProvinceNorAnotherCommune() {
        users.signIn("xa.lienhuong");
        assertThat(guard.canWrite(users.unit("22969-008"))).isTrue();
        assertThat(guard.canRead(users.unit("68"))).isFalse();
        assertThat(guard.canRead(users.unit("27655-001"))).isFalse();
    }

    @Test
    void aBranchOfficerSeesOnlyItsOwnVillage() {
        users.signIn("kp8.lienhuong");
        assertThat(guard.canWrite(users.unit("22969-008"))).isTrue();
        assertThat(guard.canRead(users.unit("22969-007"))).isFalse();
        assertThat(guard.canRead(users.unit("22969"))).isFalse();
    }

    @Test
    void aViewerReadsItsAreaButChangesNothing() {
        users.create("guard.viewer", Role.VIEWER, "68");
        users.signIn("guard.viewer");
        long commune = users.unit("22969");
        assertThat(guard.canRead(commune)).isTrue();
        assertThat(guard.canWrite(commune)).isFalse();
        assertThatThrownBy(() -> guard.requireWrite(commune)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void aClosedPredecessorCommuneIsVisibleToTheOfficerOfItsSuccessor() {
        users.create("guard.nhabe", Role.COMMUNE_OFFICER, "27655");
        users.signIn("guard.nhabe");
        long closedCommune = users.unit("27643");
        assertThat(jdbc.sql("select closed from geography_unit_current where unit_id = :id")
                .param("id", closedCommune).query(Boolean.class).single()).isTrue();
        assertThat(guard.canRead(closedCommune)).isTrue();
        assertThat(guard.canRead(users.unit("27643-001"))).isTrue();
        assertThat(guard.canRead(users.unit("22969"))).isFalse();
    }

    @Test
    void nobodySignedInSeesNothing() {
        assertThat(guard.canRead(users.unit("22969"))).isFalse();
        assertThatThrownBy(guard::requireUser).isInstanceOf(AccessDenied.class);
    }

    @Test
    void anAccountResolvesToItsAreaAndAnAdministratorsToTheWholeCountry() {
        users.signIn("tinh.lamdong");
        assertThat(guard.allows("user", users.idOf("kp8.lienhuong"), true)).contains(true);
        assertThat(guard.allows("user", users.idOf("admin"), false)).contains(false);
        assertThat(guard.allows("user", -5, false)).isEmpty();
    }
}

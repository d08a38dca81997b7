package vn.khuyenhoc.accounts.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.UserFacingException;

/** Who may manage which account, and what each change leaves behind. */
@IntegrationTest
@Transactional
class UserManagementIntegrationTests {

    @Autowired
    UserManagement management;
    @Autowired
    UserQueries queries;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwords;
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
    void anAdministratorCreatesAnOfficerWhoMustChooseAPasswordAtFirstSignIn() {
        users.signIn("admin");
        Created created = management.create(new NewAccount("tinh.hcm", "Cán bộ tỉnh Hồ Chí Minh",
                Role.PROVINCE_OFFICER, "79"));
        UserRow row = queries.find(created.id()).orElseThrow();
        assertThat(row.role()).isEqualTo(Role.PROVINCE_OFFICER);
        assertThat(row.unitId()).isEqualTo(users.unit("79"));
        assertThat(row.mustChangePassword()).isTrue();
        assertThat(created.temporaryPassword()).hasSize(TemporaryPasswords.LENGTH);
        assertThat(passwords.matches(created.temporaryPassword(), hash(created.id()))).isTrue();
        assertThat(lastAudit(created.id())).containsEntry("action", "create")
                .containsEntry("actor_name", "admin");
        assertThat(lastAudit(created.id()).get("after").toString()).doesNotContain(created.temporaryPassword());
    }

    @Test
    void aCommuneOfficerCannotCreateAProvinceOfficer() {
        users.signIn("xa.lienhuong");
        assertThatThrownBy(() -> management.create(new NewAccount("tinh.new", "Cán bộ mới", Role.PROVINCE_OFFICER,
                "68"))).isInstanceOf(InvalidInput.class).hasMessage("accounts.user.roleNotAllowed");
        assertThat(accounts.usernameTaken("tinh.new")).isFalse();
    }

    @Test
    void aCommuneOfficerCannotCreateAnAccountInAnotherCommune() {
        users.signIn("xa.lienhuong");
        assertThatThrownBy(() -> management.create(new NewAccount("ap1.nhabe", "Chi hội Ấp 1", Role.BRANCH_OFFICER,
                "27655-001"))).isInstanceOf(InvalidInput.class).hasMessage("accounts.user.areaOutsideScope");
        assertThat(accounts.usernameTaken("ap1.nhabe")).isFalse();
    }

    @Test
    void aCommuneOfficerCreatesABranchOfficerForOneOfItsVillages() {
        users.signIn("xa.lienhuong");
        Created created = management.create(new NewAccount("kp3.lienhuong", "Chi hội Khu phố 3",
                Role.BRANCH_OFFICER, "22969-003"));
        assertThat(queries.find(created.id()).orElseThrow().areaCode()).isEqualTo("22969-003");
    }

    @Test
    void theAreaMustBeAUnitOfTheKindTheRoleNeeds() {
        users.signIn("admin");
        assertThatThrownBy(() -> management.create(new NewAccount("xa.wrong", "Sai cấp", Role.COMMUNE_OFFICER,
                "68"))).hasMessage("accounts.user.areaWrongKind");
        assertThatThrownBy(() -> management.create(new NewAccount("xa.unknown", "Không có", Role.COMMUNE_OFFICER,
                "99999"))).hasMessage("accounts.user.areaUnknown");
        assertThatThrownBy(() -> management.create(new NewAccount("admin.two", "Quản trị", Role.ADMIN, "68")))
                .hasMessage("accounts.user.adminHasNoArea");
    }

    @Test
    void aViewerMayHaveAnAreaOfAnyKind() {
        users.signIn("tinh.lamdong");
        Created created = management.create(new NewAccount("xem.kp8", "Người xem", Role.VIEWER, "22969-008"));
        assertThat(queries.find(created.id()).orElseThrow().role()).isEqualTo(Role.VIEWER);
    }

    @Test
    void aProvinceOfficerCannotResetAnAdministrator() {
        users.signIn("tinh.lamdong");
        UserRow admin = queries.findByUsername("admin").orElseThrow();
        assertThatThrownBy(() -> management.resetPassword(admin.id(), admin.version()))
                .isInstanceOf(AccessDenied.class);
        assertThat(passwords.matches(TestAccounts.PASSWORD, hash(admin.id()))).isTrue();
    }

    @Test
    void anOfficerCannotManageAPeerNorThemself() {
        long peer = users.create("xa.lienhuong2", Role.COMMUNE_OFFICER, "22969");
        users.signIn("xa.lienhuong");
        UserRow self = queries.findByUsername("xa.lienhuong").orElseThrow();
        assertThatThrownBy(() -> management.setEnabled(peer, 0, false)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> management.setEnabled(self.id(), self.version(), false))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void aStaleFormIsRefusedAndNothingIsOverwritten() {
        users.signIn("xa.lienhuong");
        UserRow kp8 = queries.findByUsername("kp8.lienhuong").orElseThrow();
        management.update(kp8.id(), kp8.version(), "Chi hội Khu phố 8 (mới)", Role.BRANCH_OFFICER, "22969-008");
        assertThatThrownBy(() -> management.update(kp8.id(), kp8.version(), "Tên cũ", Role.BRANCH_OFFICER,
                "22969-008")).isInstanceOf(StaleAccount.class).hasMessage("accounts.user.stale")
                .extracting(e -> ((UserFacingException) e).status()).isEqualTo(409);
        assertThat(queries.find(kp8.id()).orElseThrow().displayName()).isEqualTo("Chi hội Khu phố 8 (mới)");
    }

    @Test
    void changingTheRoleAndAreaIsCheckedAndAuditedWithoutTheName() {
        users.signIn("tinh.lamdong");
        UserRow kp8 = queries.findByUsername("kp8.lienhuong").orElseThrow();
        assertThatThrownBy(() -> management.update(kp8.id(), kp8.version(), kp8.displayName(),
                Role.COMMUNE_OFFICER, "27655")).hasMessage("accounts.user.areaOutsideScope");
        management.update(kp8.id(), kp8.version(), "Nguyễn Văn Tám", Role.COMMUNE_OFFICER, "22969");
        UserRow changed = queries.find(kp8.id()).orElseThrow();
        assertThat(changed.role()).isEqualTo(Role.COMMUNE_OFFICER);
        assertThat(changed.unitId()).isEqualTo(users.unit("22969"));
        assertThat(changed.version()).isEqualTo(kp8.version() + 1);
        var audit = lastAudit(kp8.id());
        assertThat(audit.get("action")).isEqualTo("update");
        assertThat(audit.get("before").toString()).contains("BRANCH_OFFICER");
        assertThat(audit.get("after").toString()).contains("COMMUNE_OFFICER").doesNotContain("Tám");
    }

    @Test
    void disablingKeepsTheAccountAndEnablingRestoresIt() {
        users.signIn("xa.lienhuong");
        UserRow kp8 = queries.findByUsername("kp8.lienhuong").orElseThrow();
        management.setEnabled(kp8.id(), kp8.version(), false);
        UserRow disabled = queries.find(kp8.id()).orElseThrow();
        assertThat(disabled.enabled()).isFalse();
        assertThat(lastAudit(kp8.id())).containsEntry("action", "disable");
        management.setEnabled(kp8.id(), disabled.version(), true);
        assertThat(queries.find(kp8.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void aResetSetsATemporaryPasswordLiftsTheLockAndForcesAChange() {
        jdbc.sql("update app_user set failed_logins = 5, locked_until = now() + interval '10 minutes' "
                + "where username = 'kp8.lienhuong'").update();
        users.signIn("xa.lienhuong");
        UserRow kp8 = queries.findByUsername("kp8.lienhuong").orElseThrow();
        assertThat(kp8.locked()).isTrue();
        Created reset = management.resetPassword(kp8.id(), kp8.version());
        UserRow after = queries.find(kp8.id()).orElseThrow();
        assertThat(after.locked()).isFalse();
        assertThat(after.mustChangePassword()).isTrue();
        assertThat(passwords.matches(reset.temporaryPassword(), hash(kp8.id()))).isTrue();
        assertThat(lastAudit(kp8.id())).containsEntry("action", "reset-password");
    }

    @Test
    void theListHoldsOnlyAccountsOfTheManagersAreaAndIsSearchedWithoutDiacritics() {
        users.create("ap1.nhabe", Role.BRANCH_OFFICER, "27655-001");
        users.signIn("tinh.lamdong");
        var names = queries.page("", 0).rows().stream().map(UserRow::username).toList();
        assertThat(names).contains("tinh.lamdong", "xa.lienhuong", "kp8.lienhuong")
                .doesNotContain("admin", "ap1.nhabe");
        assertThat(queries.page("chi hoi khu pho", 0).rows()).extracting(UserRow::username)
                .containsExactly("kp8.lienhuong");
        users.signIn("admin");
        assertThat(queries.page("", 0).rows()).extracting(UserRow::username).contains("admin", "ap1.nhabe");
    }

    private String hash(long id) {
        return jdbc.sql("select password_hash from app_user where id = :id").param("id", id)
                .query(String.class).single();
    }

    private Map<String, Object> lastAudit(long userId) {
        return jdbc.sql("""
                select action, actor_name, before::text as before, after::text as after from audit_entry
                where entity = 'user' and entity_id = :id order by id desc limit 1""")
                .param("id", userId).query().singleRow();
    }
}

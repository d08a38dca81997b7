package vn.khuyenhoc.accounts.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.shared.InvalidInput;

/** A list of accounts: every problem named by line and column first, then all created at once or none. */
@IntegrationTest
@Transactional
class UserImportsIntegrationTests {

    static final String HEADER = "Tên đăng nhập,Họ và tên,Vai trò,Mã địa bàn\n";
    @Autowired
    UserImports imports;
    @Autowired
    AccountListReader reader;
    @Autowired
    AccountListWriter writer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void signIn() {
        new TestAccounts(jdbc, accounts, userDetails).signIn("xa.lienhuong");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void thePreviewNamesEveryProblemByLineAndColumn() {
        var preview = preview(HEADER + """
                kp1.test,Nguyễn Văn An,Cán bộ chi hội,22969-001
                kp1.test,Trần Thị Bình,BRANCH_OFFICER,22969-002
                admin,Lê Văn Cường,Người xem,22969
                x.test,Phạm Thị Dung,Thủ tướng,22969
                y.test,Hoàng Văn Em,Cán bộ chi hội,99999-001
                z.test,Vũ Thị Phương,Cán bộ chi hội,22969
                p.test,Đỗ Văn Giang,Cán bộ cấp tỉnh,68
                q.test,Ngô Thị Hà,can bo chi hoi,27655-001
                ,,Người xem,22969
                """);
        assertThat(preview.valid()).isFalse();
        assertThat(problems(preview, 2)).isEmpty();
        assertThat(problems(preview, 3)).containsExactly("A accounts.import.usernameRepeated");
        assertThat(problems(preview, 4)).containsExactly("A accounts.user.usernameTaken");
        assertThat(problems(preview, 5)).containsExactly("C accounts.import.roleUnknown");
        assertThat(problems(preview, 6)).containsExactly("D accounts.user.areaUnknown");
        assertThat(problems(preview, 7)).containsExactly("D accounts.user.areaWrongKind");
        assertThat(problems(preview, 8)).containsExactly("C accounts.user.roleNotAllowed",
                "D accounts.user.areaOutsideScope");
        assertThat(problems(preview, 9)).containsExactly("D accounts.user.areaOutsideScope");
        assertThat(problems(preview, 10)).containsExactly("A accounts.user.usernameInvalid",
                "B accounts.user.nameRequired");
        assertThat(preview.problemCount()).isEqualTo(10);
        assertThat(preview.rows().get(0).role()).isEqualTo(Role.BRANCH_OFFICER);
        assertThat(preview.rows().get(0).area().code()).isEqualTo("22969-001");
    }

    @Test
    void aValidListIsCreatedAtOnceWithOneAuditEntryAndTemporaryPasswords() {
        long auditsBefore = userAudits();
        var preview = preview(HEADER + """
                kp1.test,Nguyễn Văn An,Cán bộ chi hội,22969-001
                "kp2.test","Trần Thị Bình","BRANCH_OFFICER","22969-002"
                """);
        List<Created> created = imports.commit(preview);
        assertThat(created).extracting(Created::username).containsExactly("kp1.test", "kp2.test");
        assertThat(created).allSatisfy(c -> assertThat(c.temporaryPassword()).hasSize(TemporaryPasswords.LENGTH));
        assertThat(jdbc.sql("select count(*) from app_user where username like 'kp_.test' and must_change_password")
                .query(Long.class).single()).isEqualTo(2);
        assertThat(userAudits()).isEqualTo(auditsBefore + 1);
        var bulk = jdbc.sql("""
                select action, entity_id, affected_ids from audit_entry where entity = 'user'
                order by id desc limit 1""").query().singleRow();
        assertThat(bulk.get("action")).isEqualTo("import");
        assertThat(bulk.get("entity_id")).isNull();
        assertThat(bulk.get("affected_ids").toString()).contains(String.valueOf(created.get(0).id()),
                String.valueOf(created.get(1).id()));
    }

    @Test
    void aProblemThatAppearsAfterThePreviewCreatesNothing() {
        var preview = preview(HEADER + """
                kp1.test,Nguyễn Văn An,Cán bộ chi hội,22969-001
                kp2.test,Trần Thị Bình,Cán bộ chi hội,22969-002
                """);
        new TestAccounts(jdbc, accounts, userDetails).create("kp2.test", Role.VIEWER, "22969");
        assertThatThrownBy(() -> imports.commit(preview)).isInstanceOf(InvalidInput.class)
                .hasMessage("accounts.import.hasProblems");
        assertThat(accounts.usernameTaken("kp1.test")).isFalse();
    }

    @Test
    void theTemplateReadsBackWithItsExampleLine() {
        byte[] template = writer.template(List.of(Role.BRANCH_OFFICER, Role.VIEWER), Locale.forLanguageTag("vi"));
        var lines = reader.read("mau.xlsx", template);
        assertThat(lines).containsExactly(new ListLine(2, "kp1.lienhuong", "Nguyễn Văn An", "Cán bộ chi hội",
                "22969-001"));
        assertThat(imports.preview("mau.xlsx", lines).valid()).isTrue();
    }

    @Test
    void aFileThatIsNotAListIsRefusedWhole() {
        assertThatThrownBy(() -> reader.read("list.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("accounts.import.unreadable");
        assertThatThrownBy(() -> reader.read("list.csv", "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("accounts.import.noHeader");
        assertThatThrownBy(() -> reader.read("list.csv", new byte[] {(byte) 0xC3, 0x28}))
                .hasMessage("accounts.import.notUtf8");
    }

    private UserImports.Preview preview(String csv) {
        return imports.preview("list.csv", reader.read("list.csv", csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> problems(UserImports.Preview preview, int line) {
        return preview.rows().stream().filter(row -> row.line().number() == line).findFirst().orElseThrow()
                .problems().stream().map(p -> p.column().letter() + " " + p.messageKey()).toList();
    }

    private long userAudits() {
        return jdbc.sql("select count(*) from audit_entry where entity = 'user'").query(Long.class).single();
    }
}

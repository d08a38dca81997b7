package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.criteria.Measure;
import vn.khuyenhoc.criteria.Node;
import vn.khuyenhoc.criteria.Rule;
import vn.khuyenhoc.criteria.RuleStyle;
import vn.khuyenhoc.criteria.SetDocument;
import vn.khuyenhoc.criteria.Title;

/**
 * A commune assessing itself as a learning community: its steering committee's members are given indicators,
 * record them (a village's branch officer from their inbox), and the sheet shows the share met and what is open.
 */
@IntegrationTest
@Transactional
class CommitteeIntegrationTests {

    @Autowired
    MockMvc mvc;
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
    Committees committees;
    @Autowired
    ScoreSheets sheets;

    TestAccounts users;
    long registration;

    static Node leaf(String text, Measure measure) {
        return new Node(null, text, measure, measure == Measure.POINTS ? new BigDecimal("10") : null, null, false,
                null, null, null, null, null, null, false, null);
    }

    /** Eight indicators in two criteria: four of 10 points, four met or not; pass mark 20 of 40. */
    long communitySet() {
        users.signIn("admin");
        var criteria = List.of(
                new Node(null, "Tiêu chí ban chỉ đạo 1", Measure.POINTS, new BigDecimal("20"), null, false, null,
                        null, null, null, null, null, false, List.of(leaf("Có kế hoạch", Measure.POINTS),
                        leaf("Có báo cáo", Measure.POINTS), leaf("Có trung tâm học tập", Measure.PASS_FAIL),
                        leaf("Có quỹ khuyến học", Measure.PASS_FAIL))),
                new Node(null, "Tiêu chí ban chỉ đạo 2", Measure.POINTS, new BigDecimal("20"), null, false, null,
                        null, null, null, null, null, false, List.of(leaf("Tỉ lệ gia đình", Measure.POINTS),
                        leaf("Tỉ lệ dòng họ", Measure.POINTS), leaf("Có thư viện", Measure.PASS_FAIL),
                        leaf("Có tủ sách", Measure.PASS_FAIL))));
        var rule = new Rule(RuleStyle.POINTS, new BigDecimal("40"), List.of(), new BigDecimal("20"), null, 0);
        var doc = new SetDocument(SetDocument.FORMAT, Title.CONG_DONG_XA, "CDHT-XA-BCD", 1,
                "Cộng đồng học tập cấp xã (bộ thử ban chỉ đạo)", null, 2031, 2031, null, null, false, null, rule,
                criteria);
        long id = editor.importDocument(doc, null);
        editor.publish(id, jdbc.sql("select row_version from criteria_set where id = :id").param("id", id)
                .query(Integer.class).single());
        return id;
    }

    @BeforeEach
    void communeRegistered() {
        users = new TestAccounts(jdbc, accounts, userDetails);
        long set = communitySet();
        users.signIn("tinh.lamdong");
        long round = rounds.open(new RoundForm(2031, Title.CONG_DONG_XA, users.unit("68"), null, set, false,
                List.of(), null, LocalDate.of(2031, 11, 30), null, null));
        users.signIn("xa.lienhuong");
        registration = registrations.register(round, users.unit("22969"));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void membersRecordTheirIndicatorsAndTheSheetShowsTheShareMetAndWhatIsOpen() {
        long branch = committees.addMember(registration, "Trần Văn Khu Phố", "kp8.lienhuong", "Chi hội trưởng");
        long named = committees.addMember(registration, "Lê Thị Không Tài Khoản", "", "Hiệu trưởng");
        committees.assign(registration, List.of("1.1", "1.2", "1.3"), branch);
        committees.assign(registration, List.of("2.3"), named);

        users.signIn("kp8.lienhuong");
        var mine = committees.mine();
        for (var a : mine) {
            committees.record(registration, a.nodeCode(), new CommitteeRecord(
                    a.measure().equals("POINTS") ? new BigDecimal(a.nodeCode().equals("1.1") ? "10" : "6") : null,
                    a.measure().equals("PASS_FAIL") ? true : null, null, "Biên bản họp " + a.nodeCode(),
                    a.version()));
        }
        users.signIn("xa.lienhuong");
        committees.record(registration, "2.3", new CommitteeRecord(null, true, null, "Ảnh thư viện", 0));
        var committee = committees.of(registration);

        assertThat(mine).extracting(MyAssignment::nodeCode).containsExactly("1.1", "1.2", "1.3");
        assertThat(committee.metCount()).isEqualTo(3);
        assertThat(committee.percentMet()).isEqualByComparingTo("37.50");
        assertThat(committee.open()).extracting(Committee.Indicator::code)
                .containsExactly("1.2", "1.4", "2.1", "2.2", "2.4");
        var self = sheets.sheet(registration, SheetKind.SELF).orElseThrow();
        assertThat(self.total()).isEqualByComparingTo("16");
        assertThat(self.notes()).containsEntry("2.3", "Ảnh thư viện");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'committee-record' and entity_id = :r")
                .param("r", registration).query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void aMemberMayNotRecordAnIndicatorGivenToSomeoneElse() {
        long named = committees.addMember(registration, "Lê Thị Không Tài Khoản", null, null);
        committees.assign(registration, List.of("1.1"), named);

        users.signIn("kp8.lienhuong");

        assertThatThrownBy(() -> committees.record(registration, "1.1",
                new CommitteeRecord(BigDecimal.TEN, null, null, null, 0))).isInstanceOf(AccessDenied.class);
    }

    @Test
    void aStaleRecordFormIsRefused() {
        long named = committees.addMember(registration, "Lê Thị Không Tài Khoản", null, null);
        committees.assign(registration, List.of("1.1"), named);
        committees.record(registration, "1.1", new CommitteeRecord(BigDecimal.ONE, null, null, null, 0));

        assertThatThrownBy(() -> committees.record(registration, "1.1",
                new CommitteeRecord(BigDecimal.TEN, null, null, null, 0))).isInstanceOf(ChangedMeanwhile.class);
    }

    @Test
    void anUnknownAccountOrIndicatorIsRefused() {
        assertThatThrownBy(() -> committees.addMember(registration, "Ai Đó", "khong.co.ai", null))
                .hasMessage("round.committee.unknownAccount");
        long named = committees.addMember(registration, "Ai Đó", null, null);
        assertThatThrownBy(() -> committees.assign(registration, List.of("1"), named))
                .hasMessage("round.committee.unknownIndicator");
    }

    @Test
    void theCommitteePageShowsTheProgressAndTheMemberFindsTheIndicatorInTheInbox() throws Exception {
        long branch = committees.addMember(registration, "Trần Văn Khu Phố", "kp8.lienhuong", "Chi hội trưởng");
        committees.assign(registration, List.of("1.3"), branch);
        committees.record(registration, "1.3", new CommitteeRecord(null, true, null, "Quyết định thành lập", 0));
        TestAccounts.signOut(); // a context set by the test would stand in for the sessions' users
        var member = TestSessions.signIn(mvc, "kp8.lienhuong", TestAccounts.PASSWORD);
        String inbox = mvc.perform(get("/rounds/inbox").with(member)).andReturn().getResponse()
                .getContentAsString();
        var commune = TestSessions.signIn(mvc, "xa.lienhuong", TestAccounts.PASSWORD);
        String page = mvc.perform(get("/rounds/registrations/" + registration + "/committee").with(commune))
                .andReturn().getResponse().getContentAsString();
        String json = mvc.perform(get("/api/v1/rounds/registrations/" + registration + "/committee").with(commune))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Đạt 12,50% các chỉ số (1/8)").contains("Quyết định thành lập")
                .contains("Trần Văn Khu Phố");
        assertThat(json).contains("\"percentMet\":12.50").contains("\"met\":1");
        assertThat(inbox).contains("id=\"my-assignments\"").contains("Có trung tâm học tập");
    }
}

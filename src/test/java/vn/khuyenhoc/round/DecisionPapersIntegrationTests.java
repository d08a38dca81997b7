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
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.registry.RegistryFixtures;
import vn.khuyenhoc.shared.NotFound;

/** A decided household's papers, read back: the decision as PDF and .docx, the dossier, one certificate. */
@IntegrationTest
@Transactional
class DecisionPapersIntegrationTests {

    static final String HEAD = "Đặng Thị Ngọc Hường";
    static final String NUMBER = "77/QĐ-UBND";
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired CriteriaEditor editor;
    @Autowired Rounds rounds;
    @Autowired Registrations registrations;
    @Autowired ScoreSheets sheets;
    @Autowired Decisions decisions;
    @Autowired DecisionPapers papers;

    PaperFixtures fixtures;
    long roundId;
    long household;
    long decision;

    @BeforeEach
    void decideOneHousehold() {
        var users = new TestAccounts(jdbc, accounts, userDetails);
        var round = new RoundFixtures(jdbc, users, editor, rounds);
        fixtures = new PaperFixtures(round, registrations, sheets, decisions);
        roundId = round.lienHuongHouseholdRound(round.householdSet());
        household = new RegistryFixtures(jdbc).household("22969-008", "GIAY-THU-1", HEAD, 1970);
        decision = fixtures.decided(roundId, List.of(household), NUMBER);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void theDecisionPdfCarriesTheHeadingTheNumberAndTheHeadsNameExactly() throws Exception {
        var paper = papers.decisionPdf(roundId, decision);
        String text = String.join("\n", PaperFixtures.pdfPages(paper.content()));
        assertThat(paper.fileName()).isEqualTo("quyet-dinh-77-qd-ubnd.pdf");
        assertThat(text).contains("QUYẾT ĐỊNH").contains("Số: " + NUMBER).contains(HEAD)
                .contains(NUMBER + "-0001").contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("ỦY BAN NHÂN DÂN").contains("XÃ LIÊN HƯƠNG")
                .contains("Liên Hương, ngày 15 tháng 3 năm " + (RoundFixtures.YEAR + 1))
                .contains("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;")
                .contains("Căn cứ bộ tiêu chí “Gia đình học tập (bộ thử)”;")
                .contains("Về việc công nhận danh hiệu “Gia đình học tập” năm " + RoundFixtures.YEAR)
                .contains("Nơi nhận").contains("Nguyễn Văn Thử").contains("Khu phố 8");
        assertThat(prints("decision", decision)).isEqualTo("pdf");
    }

    @Test
    void theDecisionDocxSaysTheSameForWord() throws Exception {
        var paper = papers.decisionDocx(roundId, decision);
        String text = PaperFixtures.docxText(paper.content());
        assertThat(paper.contentType()).endsWith("wordprocessingml.document");
        assertThat(text).contains("QUYẾT ĐỊNH").contains(NUMBER).contains(HEAD).contains(NUMBER + "-0001")
                .contains("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ LIÊN HƯƠNG").contains("TM. ỦY BAN NHÂN DÂN");
    }

    @Test
    void theDossierOfTheProposalIsALetterMinutesAndTheList() throws Exception {
        long proposal = jdbc.sql("select proposal_id from round_decision where id = :d").param("d", decision)
                .query(Long.class).single();
        String letter = PaperFixtures.docxText(papers.dossier(roundId, proposal, "letter").content());
        String minutes = PaperFixtures.docxText(papers.dossier(roundId, proposal, "minutes").content());
        String list = PaperFixtures.docxText(papers.dossier(roundId, proposal, "list").content());
        assertThat(letter).contains("TỜ TRÌNH").contains("Kính gửi: Ủy ban nhân dân xã Liên Hương")
                .contains("công nhận 1 hộ gia đình").contains("100,00%").contains(HEAD);
        assertThat(minutes).contains("BIÊN BẢN").contains("thống nhất đề nghị công nhận 1 hộ gia đình").contains(HEAD);
        assertThat(list).contains("DANH SÁCH HỘ GIA ĐÌNH ĐỀ NGHỊ CÔNG NHẬN").contains(HEAD);
        assertThatThrownBy(() -> papers.dossier(roundId, proposal, "other")).isInstanceOf(NotFound.class);
    }

    @Test
    void theBranchOfficerGetsTheHouseholdsCertificateButNotTheDecision() throws Exception {
        long recognition = recognition();
        fixtures.round().users().signIn("kp8.lienhuong");
        var certificate = papers.certificate(recognition);
        List<String> pages = PaperFixtures.pdfPages(certificate.content());
        assertThat(pages).hasSize(1);
        assertThat(PaperFixtures.landscape(certificate.content(), 0)).isTrue();
        assertThat(pages.get(0)).contains("GIẤY CÔNG NHẬN").contains("Hộ gia đình ông/bà " + HEAD)
                .contains("Số vào sổ: " + NUMBER + "-0001").contains("Đạt danh hiệu “Gia đình học tập” năm 2031");
        assertThat(prints("recognition", recognition)).isEqualTo("certificate");
        assertThatThrownBy(() -> papers.decisionPdf(roundId, decision)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void aBranchOfficerOfAnotherVillageGetsNoCertificate() {
        long recognition = recognition();
        fixtures.round().users().create("giay.khac", Role.BRANCH_OFFICER, "22969-001");
        fixtures.round().users().signIn("giay.khac");
        assertThatThrownBy(() -> papers.certificate(recognition)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void aRevokedTitleHasNoCertificate() {
        long recognition = recognition();
        decisions.revoke(roundId, List.of(recognition), new DecisionForm("78/QĐ-UBND",
                RoundFixtures.decision(NUMBER).signedOn().plusDays(10), "Nguyễn Văn Thử", "Chủ tịch",
                "Ủy ban nhân dân xã Liên Hương", "Khai không đúng"));
        assertThatThrownBy(() -> papers.certificate(recognition)).isInstanceOf(NotFound.class);
        assertThat(papers.decisionsOf(roundId)).extracting(DecisionView::kind).containsExactly("RECOGNISE", "REVOKE");
    }

    @Test
    void aDecisionOfAnotherRoundIsNotFoundThroughThisOne() {
        long other = jdbc.sql("select id from round where id <> :r order by id limit 1").param("r", roundId)
                .query(Long.class).optional().orElse(-1L);
        assertThatThrownBy(() -> papers.decisionPdf(other, decision)).isInstanceOfAny(NotFound.class,
                AccessDenied.class);
        assertThatThrownBy(() -> papers.decision(roundId, decision + 1000)).isInstanceOf(NotFound.class);
    }

    /** The papers of the entity logged as printed, in order: a paper names people, so taking one is audited. */
    private String prints(String entity, long id) {
        return jdbc.sql("""
                select string_agg(after ->> 'paper', ',' order by id) from audit_entry
                where entity = :e and entity_id = :id and action = 'print'""")
                .param("e", entity).param("id", id).query(String.class).single();
    }

    private long recognition() {
        return jdbc.sql("select id from round_recognition where decision_id = :d").param("d", decision)
                .query(Long.class).single();
    }
}

package vn.khuyenhoc.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.association.AssociationFixtures;
import vn.khuyenhoc.registry.RegistryFixtures;

/**
 * The list, its Excel sheet, the JSON API and the conference list (PDF read back with PDFBox, the count line in
 * two digits) for commendations of 1997 recorded here in Xã Liên Hương, plus a proposal decided through the page.
 */
@IntegrationTest
@Transactional
class CommendationPagesIntegrationTests {

    @Autowired Commendations commendations;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService userDetails;
    long commune;
    long village;
    RequestPostProcessor session;
    AssociationFixtures fixtures;

    @BeforeEach
    void sixCollectivesAndEightPersonsIn1997() throws Exception {
        new TestAccounts(jdbc, accounts, userDetails).signIn("xa.lienhuong");
        fixtures = new AssociationFixtures(jdbc);
        commune = fixtures.unit("22969");
        village = fixtures.unit("22969-008");
        var registry = new RegistryFixtures(jdbc);
        for (int i = 1; i <= 6; i++) {
            long clan = registry.clan("22969", "KT-C" + i, "Họ Khen " + (char) ('A' + i));
            record(RecipientKind.CLAN, clan, CommendationKind.GIAY_KHEN);
        }
        for (String name : List.of("Đỗ Văn Khen", "Âu Thị Khen", "Bùi Văn Khen", "Lê Thị Khen", "Ông Văn Khen",
                "Phạm Thị Khen", "Ưng Văn Khen", "An Thị Khen")) {
            record(RecipientKind.PERSON, fixtures.person("22969-008", name), CommendationKind.BANG_KHEN);
        }
        session = TestSessions.signIn(mvc, "xa.lienhuong", TestAccounts.PASSWORD);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private void record(RecipientKind kind, long id, CommendationKind form) {
        commendations.record(new CommendationForm(form, kind, id, commune, 1997, "Hội Khuyến học huyện Tuy Phong",
                "21/QĐ-HKH", LocalDate.of(1998, 1, 10), "Có thành tích trong công tác khuyến học"));
    }

    @Test
    void theConferenceListIsHeadedWithTheCountInTwoDigitsAndListsCollectivesFirst() throws Exception {
        byte[] pdf = mvc.perform(get("/commendations/conference.pdf").param("year", "1997")
                .param("unit", String.valueOf(commune)).with(session)).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("HỘI KHUYẾN HỌC", "XÃ LIÊN HƯƠNG", "DANH SÁCH KHEN THƯỞNG NĂM 1997",
                "(Khen thưởng 06 tập thể và 08 cá nhân)", "I. TẬP THỂ", "II. CÁ NHÂN", "Giấy khen", "Bằng khen",
                "Âu Thị Khen");
        assertThat(text.indexOf("Họ Khen B")).isLessThan(text.indexOf("II. CÁ NHÂN"));
        assertThat(text.indexOf("An Thị Khen")).isLessThan(text.indexOf("Âu Thị Khen"));
        assertThat(text.indexOf("Âu Thị Khen")).isLessThan(text.indexOf("Bùi Văn Khen"));
        assertThat(text.indexOf("Phạm Thị Khen")).isLessThan(text.indexOf("Ưng Văn Khen"));
    }

    @Test
    void theApiListsTheYearInVietnameseOrderWithItsCounts() throws Exception {
        String json = mvc.perform(get("/api/v1/commendations").param("year", "1997").param("collective", "false")
                .accept(MediaType.APPLICATION_JSON).with(session)).andReturn().getResponse().getContentAsString();
        var tree = JsonMapper.builder().build().readTree(json);
        var names = new ArrayList<String>();
        tree.get("commendations").forEach(c -> names.add(c.get("recipientName").asString()));

        assertThat(tree.get("persons").asLong()).isEqualTo(8);
        assertThat(tree.get("collectives").asLong()).isZero();
        assertThat(names).containsExactly("An Thị Khen", "Âu Thị Khen", "Bùi Văn Khen", "Đỗ Văn Khen", "Lê Thị Khen",
                "Ông Văn Khen", "Phạm Thị Khen", "Ưng Văn Khen");
    }

    @Test
    void theListPageAndItsSheetShowTheYearsCommendations() throws Exception {
        String page = mvc.perform(get("/commendations").param("year", "1997").with(session)).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Họ Khen G", "Ưng Văn Khen", "21/QĐ-HKH", "10/01/1998", "6 tập thể, 8 cá nhân");

        byte[] sheet = mvc.perform(get("/commendations/export").param("year", "1997").with(session)).andReturn()
                .getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            var names = new ArrayList<String>();
            for (Row row : workbook.getSheetAt(0)) {
                names.add(row.getCell(1).getStringCellValue());
            }
            assertThat(names).hasSize(15).contains("Họ Khen B", "Đỗ Văn Khen");
        }
    }

    @Test
    void aBranchOfficerComposesAProposalToTheCommuneOnThePageAndBlankRowsAreDropped() throws Exception {
        long person = fixtures.person("22969-008", "Vi Thị Tờ Trình");
        var branch = TestSessions.signIn(mvc, "kp8.lienhuong", TestAccounts.PASSWORD);
        String found = mvc.perform(get("/commendations/recipients").param("row", "1")
                .param("items[1].recipientKind", "PERSON").param("q", "vi thi to trinh").with(branch)).andReturn()
                .getResponse().getContentAsString();
        assertThat(found).contains("Vi Thị Tờ Trình", "name=\"items[1].recipientId\"", "item-1-recipient-" + person);

        String location = mvc.perform(post("/commendations/proposals").with(branch).with(csrf())
                .param("fromUnitId", String.valueOf(village)).param("toUnitId", String.valueOf(commune))
                .param("year", "1997").param("sentOn", "1998-01-03").param("number", "04/TTr")
                .param("items[0].kind", "GIAY_KHEN").param("items[0].recipientKind", "VILLAGE")
                .param("items[0].reason", "Khu phố không có ai được chọn")
                .param("items[1].kind", "BANG_KHEN").param("items[1].recipientKind", "PERSON")
                .param("items[1].recipientId", String.valueOf(person)).param("items[1].reason", "Tiêu biểu"))
                .andReturn().getResponse().getRedirectedUrl();

        long proposal = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("""
                select i.kind || ':' || i.recipient_kind || ':' || i.recipient_id || ':' || p.to_unit_id
                from commendation_item i join commendation_proposal p on p.id = i.proposal_id where p.id = :p""")
                .param("p", proposal).query(String.class).list()).containsExactly("BANG_KHEN:PERSON:" + person + ":" + commune);
    }

    @Test
    void theCommuneDecidesAVillagesProposalOnItsPageAndTheAcceptedItemJoinsTheList() throws Exception {
        long person = fixtures.person("22969-008", "Vũ Thị Đề Nghị");
        new TestAccounts(jdbc, accounts, userDetails).signIn("kp8.lienhuong");
        long proposal = commendations.propose(new ProposalForm(1997, village, commune, "01/TTr", LocalDate.of(1998, 1, 2),
                List.of(new ProposalForm.Item(CommendationKind.GIAY_KHEN, RecipientKind.PERSON, person, "Tiêu biểu"),
                        new ProposalForm.Item(CommendationKind.GIAY_KHEN, RecipientKind.VILLAGE, village, "Dẫn đầu"))));
        var items = jdbc.sql("select id from commendation_item where proposal_id = :p order by position")
                .param("p", proposal).query(Long.class).list();

        mvc.perform(post("/commendations/proposals/" + proposal + "/decision").with(session).with(csrf())
                .param("issuingBody", "Hội Khuyến học xã Liên Hương").param("decisionNumber", "02/QĐ-HKH")
                .param("decisionDate", "1998-01-12").param("accepted", String.valueOf(items.get(0)))
                .param("reason-" + items.get(1), "Chưa đủ tiêu chuẩn"));

        String page = mvc.perform(get("/commendations/proposals/" + proposal).with(session)).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("02/QĐ-HKH", "Được khen thưởng", "Không được khen thưởng", "Chưa đủ tiêu chuẩn");
        String list = mvc.perform(get("/commendations").param("year", "1997").param("collective", "false")
                .with(session)).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Vũ Thị Đề Nghị", "0 tập thể, 9 cá nhân");
    }
}

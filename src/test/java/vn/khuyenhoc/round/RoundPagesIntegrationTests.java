package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.registry.RegistryFixtures;

/** The round pages as a branch officer uses them on a phone: tick households, score one, see the result live. */
@IntegrationTest
@Transactional
class RoundPagesIntegrationTests {

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

    RoundFixtures fixtures;
    long roundId;
    long household;

    @BeforeEach
    void openRound() {
        fixtures = new RoundFixtures(jdbc, new TestAccounts(jdbc, accounts, userDetails), editor, rounds);
        roundId = fixtures.lienHuongHouseholdRound(fixtures.householdSet());
        household = new RegistryFixtures(jdbc).household("22969-008", "TRANG-001", null);
        TestAccounts.signOut();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    String page(String uri, RequestPostProcessor session) throws Exception {
        var response = mvc.perform(get(uri).with(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(uri).isEqualTo(200);
        return response.getContentAsString();
    }

    long registrationOf(long subject) {
        return jdbc.sql("select id from round_registration where subject_kind = 'household' and subject_id = :s")
                .param("s", subject).query(Long.class).single();
    }

    @Test
    void aBranchOfficerTicksAHouseholdOfTheVillageAndScoresItWithTheResultShownLive() throws Exception {
        var session = TestSessions.signIn(mvc, "kp8.lienhuong", TestAccounts.PASSWORD);
        assertThat(page("/rounds", session)).contains("Gia đình học tập (bộ thử) 2031");
        assertThat(page("/rounds/" + roundId + "?q=TRANG", session)).contains("TRANG-001").contains("Hạn ra quyết định")
                .contains("31/03/2032");

        var registered = mvc.perform(post("/rounds/" + roundId + "/registrations").param("subject",
                String.valueOf(household)).with(session).with(csrf())).andReturn().getResponse();
        long registration = registrationOf(household);
        String sheet = page("/rounds/registrations/" + registration + "?kind=REVIEW", session);
        var preview = mvc.perform(post("/rounds/registrations/" + registration + "/preview")
                .param("p.1.1", "5").param("p.2.1", "4,5").with(session).with(csrf())).andReturn().getResponse();

        assertThat(registered.getStatus()).isEqualTo(302);
        assertThat(sheet).contains("Chỉ số thử 1.1").contains("name=\"p.4.5\"").contains("Ghi chú minh chứng");
        assertThat(preview.getContentAsString()).contains("Chưa đạt").contains("Tổng điểm 9,50/100");
    }

    @Test
    void aSavedSheetShowsItsScoresAndTheCommuneSeesTheAcceptedRegistrationToPropose() throws Exception {
        var branch = TestSessions.signIn(mvc, "kp8.lienhuong", TestAccounts.PASSWORD);
        mvc.perform(post("/rounds/" + roundId + "/registrations").param("subject", String.valueOf(household))
                .with(branch).with(csrf()));
        long registration = registrationOf(household);
        var save = post("/rounds/registrations/" + registration).param("kind", "REVIEW").with(branch).with(csrf());
        for (int i = 1; i <= 4; i++) {
            for (int j = 1; j <= 5; j++) {
                save.param("p." + i + "." + j, "5");
            }
        }
        mvc.perform(save);
        mvc.perform(post("/rounds/registrations/" + registration + "/review").param("outcome", "ACCEPTED")
                .param("version", String.valueOf(fixtures.version(registration))).with(branch).with(csrf()));

        assertThat(page("/rounds/registrations/" + registration + "?kind=REVIEW", branch))
                .contains("Tổng điểm 100,00/100").contains("Thẩm định đạt");
        assertThat(page("/rounds/subjects/household/" + household, branch)).contains("Thẩm định đạt")
                .contains("Chi hội Khu phố 8");
        var commune = TestSessions.signIn(mvc, "xa.lienhuong", TestAccounts.PASSWORD);
        assertThat(page("/rounds/inbox", commune)).contains("1 hồ sơ đạt cần đề nghị công nhận");
        assertThat(page("/rounds/" + roundId + "?status=ACCEPTED", commune)).contains("id=\"propose\"")
                .contains("value=\"" + registration + "\"");
    }

    @Test
    void theOpenRoundFormOffersTheSetsInForceAndASecondRoundOfTheSameYearIsRefusedInVietnamese() throws Exception {
        var commune = TestSessions.signIn(mvc, "xa.lienhuong", TestAccounts.PASSWORD);
        String form = page("/rounds/new?title=GIA_DINH&year=" + RoundFixtures.YEAR, commune);
        long set = jdbc.sql("select criteria_set_id from round where id = :r").param("r", roundId)
                .query(Long.class).single();

        var second = mvc.perform(post("/rounds").param("title", "GIA_DINH")
                .param("year", String.valueOf(RoundFixtures.YEAR)).param("area", String.valueOf(fixtures.users()
                        .unit("22969"))).param("set", String.valueOf(set)).with(commune).with(csrf()))
                .andReturn().getResponse();

        assertThat(form).contains("Gia đình học tập (bộ thử) (GDHT-DOT-THU v1)");
        assertThat(second.getStatus()).isEqualTo(400);
        assertThat(second.getContentAsString()).contains("Địa bàn này đã có đợt xét danh hiệu này cho năm 2031.");
    }
}

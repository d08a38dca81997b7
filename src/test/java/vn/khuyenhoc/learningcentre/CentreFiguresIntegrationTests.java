package vn.khuyenhoc.learningcentre;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;

/**
 * The figures line ("1/3 trung tâm xếp loại tốt, 1/3 khá, …") of Hồ Chí Minh City in 2019, computed from the
 * ratings and activities recorded here for the three communes that became Xã Nhà Bè (the demo records nothing in
 * 2019), through the published view and the list page.
 */
@IntegrationTest
@Transactional
class CentreFiguresIntegrationTests {

    @Autowired LearningCentres centres;
    @Autowired CentreRatings ratings;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired MessageSource messages;
    @Autowired MockMvc mvc;
    TestAccounts testAccounts;
    LearningCentreFixtures fixtures;

    @BeforeEach
    void signInAsAdministrator() {
        fixtures = new LearningCentreFixtures(jdbc);
        testAccounts = new TestAccounts(jdbc, accounts, users);
        testAccounts.signIn("admin");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private void recordNhaBe2019() {
        long town = fixtures.centreBeforeReform("27643");
        long phuocLoc = fixtures.centreBeforeReform("27649");
        fixtures.centreBeforeReform("27655");
        ratings.rate(town, new RatingForm(2019, Rating.GOOD, null, null));
        ratings.rate(phuocLoc, new RatingForm(2019, Rating.FAIR, null, null));
        centres.recordActivity(town, new ActivityForm(ActivityKind.CLASS, Topic.IT, "Tin học", LocalDate.of(2019, 3, 4), null, 30));
        centres.recordActivity(phuocLoc, new ActivityForm(ActivityKind.CLASS, Topic.LAW, "Pháp luật", LocalDate.of(2019, 5, 6), null, 45));
        centres.recordActivity(phuocLoc, new ActivityForm(ActivityKind.TOPIC, Topic.HEALTH, "Sức khỏe", LocalDate.of(2019, 7, 8), null, 1_200));
        centres.recordVisits(town, 2019, 4_500);
    }

    @Test
    void theFiguresLineIsComputedFromTheRecordedRatings() {
        recordNhaBe2019();
        long province = fixtures.unitOn("79", LocalDate.now());
        String[] prefixes = jdbc.sql("select path || '%' from geography_unit_scope where unit_id = :u")
                .param("u", province).query(String.class).list().toArray(String[]::new);

        var figures = jdbc.sql("""
                select sum(centres) as centres, sum(rated_good) as good, sum(rated_fair) as fair, sum(classes) as classes,
                       sum(activities) as activities, sum(learner_visits) as visits
                from learningcentre_figures_by_year f
                where f.year = 2019 and exists (select 1 from geography_unit_scope s where s.unit_id = f.unit_id
                                                and s.path like any (:p))""")
                .param("p", prefixes).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6)}).single();

        assertThat(figures).containsExactly(3, 1, 1, 2, 3, 4_500 + 45 + 1_200);
        assertThat(messages.getMessage("learningcentre.figures.line", new Object[] {figures[1], figures[0], figures[2], 0, 0},
                Locale.forLanguageTag("vi"))).isEqualTo("1/3 trung tâm xếp loại tốt, 1/3 khá, 0/3 trung bình, 0/3 yếu");
    }

    @Test
    void theListPageAndTheApiShowTheAreasFiguresOfTheYear() throws Exception {
        recordNhaBe2019();
        var admin = TestSessions.signIn(mvc, "admin", TestAccounts.PASSWORD);
        long province = fixtures.unitOn("79", LocalDate.now());

        String json = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/learning-centres/figures").param("unit", String.valueOf(province)).param("year", "2019")
                        .with(admin)).andReturn().getResponse().getContentAsString();

        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/learning-centres").param("year", "2019").with(admin)).andReturn().getResponse().getContentAsString();

        assertThat(json).contains("\"centres\":3", "\"good\":1", "\"fair\":1", "\"learnerVisits\":5745");
        // the administrator reads the whole country: Liên Hương's centre (unrated in 2019) counts too
        assertThat(page).contains("1/4 trung tâm xếp loại tốt, 1/4 khá, 0/4 trung bình, 0/4 yếu",
                "Trung tâm học tập cộng đồng xã Phước Lộc", "4.500");
    }
}

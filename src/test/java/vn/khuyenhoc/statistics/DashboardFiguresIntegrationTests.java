package vn.khuyenhoc.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.geography.unit.UnitScopes;

/** The dashboard's learning-centre and commendation figures, from those modules' published views only. */
@IntegrationTest
@Transactional
class DashboardFiguresIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UnitScopes scopes;
    StatisticsFixtures fx;
    long province;
    long village;

    @BeforeEach
    void craftAProvinceOfThreeCommunesWithACentreEach() {
        fx = new StatisticsFixtures(jdbc);
        province = fx.newUnit("TK600", "Tỉnh Trung tâm thử", "PROVINCE", null, StatisticsFixtures.SINCE, null);
        String[] ratings = {"GOOD", "GOOD", "WEAK"};
        for (int i = 1; i <= 3; i++) {
            long commune = fx.newUnit("TK60" + i, "Xã Trung tâm thử " + i, "COMMUNE", province,
                    StatisticsFixtures.SINCE, null);
            long centre = centre(commune);
            jdbc.sql("insert into lc_rating (centre_id, year, rating) values (:c, 2019, :r)")
                    .param("c", centre).param("r", ratings[i - 1]).update();
            if (i == 1) {
                village = fx.village("TK601-001", commune);
            }
        }
        long elsewhere = fx.newUnit("TK699", "Xã Ngoài thử", "COMMUNE",
                jdbc.sql("select parent_id from geography_unit_current where code = '27655'").query(Long.class).single(),
                StatisticsFixtures.SINCE, null);
        jdbc.sql("insert into lc_rating (centre_id, year, rating) values (:c, 2019, 'GOOD')")
                .param("c", centre(elsewhere)).update();
        scopes.rebuild();
    }

    @Test
    void theDashboardShowsHowManyOfTheAreasCentresAreRatedGoodAndItsCommendations() throws Exception {
        commendation("GIAY_KHEN", "HOUSEHOLD", 2019);
        commendation("GIAY_KHEN", "VILLAGE", 2019);
        commendation("BANG_KHEN", "PERSON", 2019);
        commendation("BANG_KHEN", "PERSON", 2018);
        var admin = TestSessions.signIn(mvc, "admin", "khuyenhoc");

        String page = mvc.perform(get("/statistics/areas/" + province).param("year", "2019").with(admin))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("2/3 trung tâm xếp loại tốt", "3 khen thưởng: 2 tập thể, 1 cá nhân");
        assertThat(between(page, "id=\"commendations\"", "</dl>")).contains("Giấy khen", "Bằng khen");
        assertThat(between(page, "id=\"centres\"", "</dl>"))
                .contains("Xếp loại yếu</dt><dd class=\"col-5\">1</dd>");
    }

    @Test
    void aYearWithoutRatingsShowsTheCentresButNoneRated() throws Exception {
        var admin = TestSessions.signIn(mvc, "admin", "khuyenhoc");

        String page = mvc.perform(get("/statistics/areas/" + province).param("year", "2020").with(admin))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("0/3 trung tâm xếp loại tốt", "0 khen thưởng: 0 tập thể, 0 cá nhân");
    }

    @Test
    void theDemoProvinceShowsItsOneCentreRatedGood() throws Exception {
        var officer = TestSessions.signIn(mvc, "tinh.lamdong", "khuyenhoc");
        long lamDong = jdbc.sql("select unit_id from app_user where username = 'tinh.lamdong'")
                .query(Long.class).single();

        String page = mvc.perform(get("/statistics/areas/" + lamDong).param("year", "2024").with(officer))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("1/1 trung tâm xếp loại tốt");
    }

    private long centre(long commune) {
        return jdbc.sql("""
                insert into lc_centre (commune_id, name, valid_from) values (:c, 'Trung tâm thử', date '2015-01-01')
                returning id""").param("c", commune).query(Long.class).single();
    }

    private void commendation(String kind, String recipient, int year) {
        jdbc.sql("""
                insert into commendation (kind, recipient_kind, recipient_id, area_unit_id, year, issuing_body,
                                          decision_number, decision_date, reason)
                values (:kind, :recipient, 1, :area, :year, 'UBND xã thử', '01/QĐ-TK', date '2019-12-01', 'Thử')""")
                .param("kind", kind).param("recipient", recipient).param("area", village).param("year", year)
                .update();
    }

    private static String between(String page, String from, String to) {
        int start = page.indexOf(from);
        return page.substring(start, page.indexOf(to, start));
    }
}

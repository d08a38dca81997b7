package vn.khuyenhoc.learningcentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.criteria.Band;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.criteria.CriteriaSets;
import vn.khuyenhoc.criteria.Measure;
import vn.khuyenhoc.criteria.Node;
import vn.khuyenhoc.criteria.Rule;
import vn.khuyenhoc.criteria.RuleStyle;
import vn.khuyenhoc.criteria.SetDocument;
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * The annual rating: where the province (Lâm Đồng, here given a set of its own) has a criteria set for TTHTCĐ,
 * the band of the score decides it and it cannot be typed in; where it has none (Hồ Chí Minh City), it is
 * recorded directly. 2019 is a year the demo leaves unrated.
 */
@IntegrationTest
@Transactional
class CentreRatingIntegrationTests {

    @Autowired CentreRatings ratings;
    @Autowired CriteriaEditor editor;
    @Autowired CriteriaSets sets;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
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

    /** A published points set of Lâm Đồng: two criteria of 50 points, pass at 50, bands Tốt 85, Khá 70, Trung bình 50. */
    private long lamDongSet() {
        var bands = List.of(new Band("Tốt", BigDecimal.valueOf(85)), new Band("Khá", BigDecimal.valueOf(70)),
                new Band("Trung bình", BigDecimal.valueOf(50)));
        var rule = new Rule(RuleStyle.POINTS, BigDecimal.valueOf(100), bands, BigDecimal.valueOf(50), null, 0);
        var doc = new SetDocument(SetDocument.FORMAT, Title.TTHTCD, "THU-TTHTCD-68", 1, "Xếp loại TTHTCĐ Lâm Đồng thử",
                null, null, null, null, null, false, null, rule, List.of(criterion("Tổ chức và hoạt động"),
                criterion("Kết quả học tập của người dân")));
        long id = editor.importDocument(doc, fixtures.unitOn("68", LocalDate.now()));
        editor.publish(id, sets.require(id).rowVersion());
        return id;
    }

    private static Node criterion(String text) {
        return new Node(null, text, Measure.POINTS, BigDecimal.valueOf(50), null, false, null, null, null, null, null,
                null, false, List.of());
    }

    private static RatingForm scores(int year, int first, int second) {
        return new RatingForm(year, null, Map.of("1", BigDecimal.valueOf(first), "2", BigDecimal.valueOf(second)), null);
    }

    @Test
    void whereTheProvinceHasACriteriaSetTheBandOfTheScoreIsTheRating() {
        long set = lamDongSet();
        long centre = fixtures.centre("22969");

        var good = ratings.rate(centre, scores(2019, 45, 42));
        var average = ratings.rate(centre, scores(2018, 30, 35));
        var weak = ratings.rate(centre, scores(2017, 20, 20));

        assertThat(good.rating()).isEqualTo(Rating.GOOD);
        assertThat(good.criteriaSetId()).isEqualTo(set);
        assertThat(average.rating()).isEqualTo(Rating.AVERAGE);
        assertThat(weak.rating()).isEqualTo(Rating.WEAK);
        var stored = jdbc.sql("select rating, criteria_set_id, total from lc_rating where centre_id = :c and year = 2019")
                .param("c", centre).query((rs, n) -> List.of(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3)))
                .single();
        assertThat(stored.get(0)).isEqualTo("GOOD");
        assertThat(stored.get(1)).isEqualTo(set);
        assertThat((BigDecimal) stored.get(2)).isEqualByComparingTo("87");
    }

    @Test
    void whereTheProvinceHasACriteriaSetARatingCannotBeTypedIn() {
        lamDongSet();
        long centre = fixtures.centre("22969");

        assertThatThrownBy(() -> ratings.rate(centre, new RatingForm(2019, Rating.GOOD, null, null)))
                .isInstanceOf(InvalidInput.class).hasMessage("learningcentre.rating.scoredInProvince");
    }

    @Test
    void whereTheProvinceHasNoCriteriaSetTheRatingIsRecordedDirectlyAndMayBeCorrected() {
        long centre = fixtures.centreBeforeReform("27649");

        assertThat(ratings.setFor(centre, 2019)).isEmpty();
        ratings.rate(centre, new RatingForm(2019, Rating.AVERAGE, null, null));
        var rated = ratings.rate(centre, new RatingForm(2019, Rating.FAIR, null, null));

        assertThat(rated.rating()).isEqualTo(Rating.FAIR);
        assertThat(rated.criteriaSetId()).isNull();
        assertThat(jdbc.sql("select rating from lc_rating where centre_id = :c and year = 2019").param("c", centre)
                .query(String.class).list()).containsExactly("FAIR");
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity = 'learningcentre-rating' and entity_id = :id""")
                .param("id", rated.ratingId()).query(Long.class).single()).isEqualTo(2);
        assertThatThrownBy(() -> ratings.rate(centre, new RatingForm(2019, null, null, null)))
                .isInstanceOf(InvalidInput.class).hasMessage("learningcentre.rating.missing");
    }
}

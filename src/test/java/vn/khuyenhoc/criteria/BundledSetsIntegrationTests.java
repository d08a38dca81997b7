package vn.khuyenhoc.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khuyenhoc.criteria.Sets.d;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.IntegrationTest;

/** The official sets shipped as data: each is stored once, marked as the sources allow, and scores an example. */
@IntegrationTest
class BundledSetsIntegrationTests {

    @Autowired
    CriteriaSets sets;
    @Autowired
    JdbcClient jdbc;

    long id(String code) {
        return jdbc.sql("select id from criteria_set where code = :c and version = 1").param("c", code)
                .query(Long.class).single();
    }

    Assessment score(String code, ScoreSheet sheet) {
        return sets.score(id(code), sheet);
    }

    @Test
    void everyBundledFileIsStoredOnceAsANationalSet() {
        var stored = jdbc.sql("""
                select count(*) from criteria_set where bundled and owner_unit_id is null and code in (
                  'DVHT-TT22-2020', 'DVHT-TT24-2023', 'DVHT-TT24-2023-CSGD', 'CDHT-244-2022', 'CDHT-244-2022-VKK',
                  'GDHT-448-2015', 'DHHT-448-2015', 'CDHT-THON-448-2015', 'DVHT-448-2015', 'CDHT-XA-2023',
                  'CDHT-TINH-2023', 'DHHT-HIEN-HANH', 'CDHT-THON-HIEN-HANH')""").query(Integer.class).single();
        var drafts = jdbc.sql("select code from criteria_set where bundled and status = 'DRAFT' order by code")
                .query(String.class).list();

        assertThat(stored).isEqualTo(13);
        assertThat(drafts).containsExactly("CDHT-THON-HIEN-HANH", "DHHT-HIEN-HANH");
    }

    @Test
    void setsWhoseContentTheSourcesDoNotGiveAreIncompleteAndRecordOnlyPastRounds() {
        var familySet = sets.require(id("GDHT-448-2015"));

        assertThat(familySet.incomplete()).isTrue();
        assertThat(familySet.mayScoreCurrentRound()).isFalse();
        assertThat(familySet.mayRecordHistoricalRound()).isTrue();
        assertThat(familySet.content().legalBasis()).isEqualTo(new LegalBasis("448/QĐ-KHVN",
                java.time.LocalDate.of(2015, 12, 1)));
        assertThat(familySet.content().criteria()).hasSize(4);
        assertThat(familySet.content().criteria().get(0).indicators()).extracting(Node::maxPoints)
                .containsExactly(d("10.00"), d("10.00"), d("10.00"));
    }

    @Test
    void unitsOfThe2020CircularAreBandedAt85_70And50() {
        assertThat(score("DVHT-TT22-2020", points(Map.of("1", "85"))).band()).isEqualTo("Tốt");
        assertThat(score("DVHT-TT22-2020", points(Map.of("1", "84.99"))).band()).isEqualTo("Khá");
        assertThat(score("DVHT-TT22-2020", points(Map.of("1", "70"))).band()).isEqualTo("Khá");
        assertThat(score("DVHT-TT22-2020", points(Map.of("1", "49.99"))).achieved()).isFalse();
    }

    @Test
    void aLearningCitizenNeedsEightyPointsOrSeventyInDisadvantagedAreasAndNoIndexBelowFive() {
        var seventyFive = tenIndices("10", "10", "10", "5", "5", "5", "10", "10", "5", "5");
        var ninetyWithAFour = tenIndices("10", "10", "10", "10", "10", "10", "10", "10", "6", "4");

        assertThat(score("CDHT-244-2022", seventyFive).achieved()).isFalse();
        assertThat(score("CDHT-244-2022-VKK", seventyFive).achieved()).isTrue();
        assertThat(score("CDHT-244-2022", ninetyWithAFour).achieved()).isFalse();
        assertThat(score("CDHT-244-2022", ninetyWithAFour).reasons())
                .contains(Reason.of("criteria.reason.indicatorBelowMinimum", "10", d("4"), d("5.00")));
        assertThat(sets.require(id("CDHT-244-2022")).content().targetGroups())
                .containsExactly("FARMER", "WORKER", "OFFICIAL");
    }

    @Test
    void aFamilyOf2018IsTotalledButItsPassMarkIsStillToBeCompleted() {
        var result = score("GDHT-448-2015", points(Map.of("1.1", "10", "1.2", "10", "1.3", "8")));

        assertThat(result.total()).isEqualByComparingTo("28");
        assertThat(result.achieved()).isFalse();
        assertThat(result.reasons()).containsExactly(Reason.of("criteria.reason.noPassMark"));
    }

    @Test
    void aUnitWith96PercentLearningCitizensReachesLevel2OrOnlyLevel1AsAnEducationInstitution() {
        var sheet = new ScoreSheet(null, Map.of("2.1", true, "2.2", true, "3.1", true, "3.2", true),
                Map.of("ty-le-thanh-vien-cong-dan-hoc-tap", d("96")));

        assertThat(score("DVHT-TT24-2023", sheet).level()).isEqualTo(2);
        var school = score("DVHT-TT24-2023-CSGD", sheet);
        assertThat(school.level()).isEqualTo(1);
        assertThat(school.reasons()).extracting(Reason::key).containsExactly("criteria.reason.levelReached",
                "criteria.reason.keptFromLevel");
    }

    @Test
    void aCommuneMeetingTheFirstTwoLevelsOfEveryCriterionReachesLevel2() {
        var met = new HashMap<String, Boolean>();
        for (int criterion = 1; criterion <= 4; criterion++) {
            met.put(criterion + ".1", true);
            met.put(criterion + ".2", true);
        }

        var result = score("CDHT-XA-2023", new ScoreSheet(null, met, null));

        assertThat(result.level()).isEqualTo(2);
        assertThat(result.reasons()).hasSize(5);
        assertThat(score("CDHT-TINH-2023", new ScoreSheet(null, met, null)).level()).isEqualTo(2);
    }

    @Test
    void thePlaceholderSetsOfTheSameDecisionAndOfTodayScoreNothingUntilCompleted() {
        for (String code : List.of("DHHT-448-2015", "CDHT-THON-448-2015", "DVHT-448-2015", "DHHT-HIEN-HANH",
                "CDHT-THON-HIEN-HANH")) {
            var result = score(code, points(Map.of("1", "60")));
            assertThat(result.total()).as(code).isEqualByComparingTo("60");
            assertThat(result.achieved()).as(code).isFalse();
            assertThat(sets.require(id(code)).incomplete()).as(code).isTrue();
        }
    }

    @Test
    void theSetsInForceFor2018IncludeTheFamilySetOf448ButNotIn2021() {
        assertThat(sets.inForce(Title.GIA_DINH, 2018, null, null)).extracting(SetSummary::code)
                .contains("GDHT-448-2015");
        assertThat(sets.inForce(Title.GIA_DINH, 2021, null, null)).extracting(SetSummary::code)
                .doesNotContain("GDHT-448-2015");
        assertThat(sets.inForce(Title.CONG_DAN, 2025, "vung-kho-khan", null)).extracting(SetSummary::code)
                .containsExactly("CDHT-244-2022-VKK", "CDHT-244-2022");
    }

    static ScoreSheet points(Map<String, String> points) {
        var map = new HashMap<String, BigDecimal>();
        points.forEach((k, v) -> map.put(k, new BigDecimal(v)));
        return new ScoreSheet(map, null, null);
    }

    static ScoreSheet tenIndices(String... points) {
        var map = new HashMap<String, String>();
        for (int i = 0; i < points.length; i++) {
            map.put(String.valueOf(i + 1), points[i]);
        }
        return points(map);
    }
}

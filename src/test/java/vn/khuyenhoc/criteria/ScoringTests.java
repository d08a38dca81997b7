package vn.khuyenhoc.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.khuyenhoc.criteria.Sets.d;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khuyenhoc.shared.InvalidInput;

/** Both rule styles at their boundaries, without Spring or a database. */
class ScoringTests {

    final SetDocument bands = Sets.tenIndices(null);

    @Test
    void seventyIsKhaAndSixtyNinePointNinetyNineIsTrungBinh() {
        var justBelow = Scoring.score(bands, Sets.indices("10", "10", "10", "10", "10", "10", "9.99", "0", "0", "0"));
        var exactly = Scoring.score(bands, Sets.indices("10", "10", "10", "10", "10", "10", "10", "0", "0", "0"));

        assertThat(justBelow.total()).isEqualByComparingTo("69.99");
        assertThat(justBelow.band()).isEqualTo("Trung bình");
        assertThat(justBelow.reasons()).contains(Reason.of("criteria.reason.nextBand", "Khá", d("0.01")));
        assertThat(exactly.band()).isEqualTo("Khá");
        assertThat(exactly.achieved()).isTrue();
    }

    @Test
    void eightyFivePointsIsTotAndEightyFourPointNinetyNineIsKha() {
        var justBelow = Scoring.score(bands, Sets.indices("10", "10", "10", "10", "10", "10", "10", "10", "4.99", "0"));
        var exactly = Scoring.score(bands, Sets.indices("10", "10", "10", "10", "10", "10", "10", "10", "5", "0"));

        assertThat(justBelow.band()).isEqualTo("Khá");
        assertThat(exactly.total()).isEqualByComparingTo("85");
        assertThat(exactly.band()).isEqualTo("Tốt");
        assertThat(exactly.reasons()).isEmpty();
    }

    @Test
    void belowTheLowestBandIsNotAchieved() {
        var result = Scoring.score(bands, Sets.indices("10", "10", "10", "10", "9.99", "0", "0", "0", "0", "0"));

        assertThat(result.achieved()).isFalse();
        assertThat(result.band()).isNull();
        assertThat(result.reasons()).extracting(Reason::key)
                .contains("criteria.reason.belowPassMark", "criteria.reason.belowBands");
    }

    @Test
    void oneIndexAtFourWithATotalOfNinetyIsNotAchieved() {
        var guarded = Sets.tenIndices(d("5"));

        var result = Scoring.score(guarded, Sets.indices("10", "10", "10", "10", "10", "10", "10", "10", "6", "4"));

        assertThat(result.total()).isEqualByComparingTo("90");
        assertThat(result.achieved()).isFalse();
        assertThat(result.band()).isNull();
        assertThat(result.reasons()).contains(Reason.of("criteria.reason.indicatorBelowMinimum", "1.10", d("4"), d("5")));
    }

    @Test
    void aCriterionThatMustBeMetFailsTheWholeSet() {
        var first = new Node(null, "Trẻ em học tập", Measure.POINTS, d("30"), d("20"), true, null, null, null, null,
                null, null, false, List.of(Sets.points("a", "10"), Sets.points("b", "10"), Sets.points("c", "10")));
        var set = Sets.document(new Rule(RuleStyle.POINTS, d("100"), List.of(), d("50"), null, 0),
                List.of(first, Sets.points("Người lớn học tập", "70")));

        var result = Scoring.score(set, new ScoreSheet(Map.of("1.1", d("10"), "1.2", d("5"), "2", d("70")), null, null));

        assertThat(result.total()).isEqualByComparingTo("85");
        assertThat(result.achieved()).isFalse();
        assertThat(result.reasons()).containsExactly(Reason.of("criteria.reason.criterionNotMet", "1", "Trẻ em học tập"));
    }

    @Test
    void pointsAboveAnIndicatorsMaximumAreRefused() {
        assertThatThrownBy(() -> Scoring.score(bands, Sets.indices("10.5")))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "criteria.score.outOfRange");
    }

    @Test
    void aSheetNamingANodeTheSetLacksIsRefused() {
        var sheet = new ScoreSheet(Map.of("1.1", d("5"), "1.11", d("5")), null, null);

        assertThatThrownBy(() -> Scoring.score(bands, sheet)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.messageKey()).isEqualTo("criteria.score.unknownNode");
            assertThat(e.arguments()).containsExactly("1.11");
        });
    }

    @Test
    void levelTwoMissedByOneIndicatorStopsAtLevelOneAndSaysWhich() {
        var set = Sets.levels(List.of(Sets.criterion("Công dân học tập", List.of(
                Sets.threshold("≥ 90% đạt Công dân học tập", 1, "ty-le", "90"),
                Sets.threshold("≥ 95% đạt Công dân học tập", 2, "ty-le", "95"))),
                Sets.criterion("Thi đua", List.of(Sets.passFail("Danh hiệu mức 1", 1), Sets.passFail("Danh hiệu mức 2", 2)))), 2);

        var result = Scoring.score(set, new ScoreSheet(null, Map.of("2.1", true, "2.2", true), Map.of("ty-le", d("94.99"))));

        assertThat(result.level()).isEqualTo(1);
        assertThat(result.achieved()).isTrue();
        assertThat(result.reasons()).containsExactly(Reason.of("criteria.reason.levelReached", 1),
                Reason.of("criteria.reason.keptFromLevel", 2, "1.2", "≥ 95% đạt Công dân học tập"));
    }

    @Test
    void everyIndicatorMetReachesTheTopLevelAndNoneMetReachesNone() {
        var set = Sets.levels(List.of(Sets.criterion("A", List.of(Sets.passFail("m1", 1), Sets.passFail("m2", 2)))), 2);

        var top = Scoring.score(set, new ScoreSheet(null, Map.of("1.1", true, "1.2", true), null));
        var none = Scoring.score(set, new ScoreSheet(null, Map.of("1.2", true), null));

        assertThat(top.level()).isEqualTo(2);
        assertThat(top.reasons()).containsExactly(Reason.of("criteria.reason.levelReached", 2));
        assertThat(none.level()).isZero();
        assertThat(none.achieved()).isFalse();
        assertThat(none.reasons()).containsExactly(Reason.of("criteria.reason.keptFromLevel", 1, "1.1", "m1"));
    }

    @Test
    void aMissingFigureIsNamedAsMissing() {
        var set = Sets.levels(List.of(Sets.criterion("A", List.of(Sets.threshold("≥ 90%", 1, "ty-le", "90")))), 1);

        var result = Scoring.score(set, new ScoreSheet(null, null, null));

        assertThat(result.reasons()).containsExactly(Reason.of("criteria.reason.figureMissing", 1, "1.1", "≥ 90%"));
    }
}

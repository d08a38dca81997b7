package vn.khuyenhoc.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khuyenhoc.criteria.Sets.d;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's live rule check. */
class SetCheckTests {

    @Test
    void aCompleteSetOfOneHundredPointsHasNoFinding() {
        assertThat(SetCheck.of(Sets.tenIndices(d("5")))).isEmpty();
    }

    @Test
    void ninetyFivePointsOfAHundredIsAnErrorNamingTheFiveMissing() {
        var set = Sets.document(new Rule(RuleStyle.POINTS, d("100"), List.of(), d("50"), null, 0),
                List.of(Sets.points("A", "60"), Sets.points("B", "35")));

        assertThat(SetCheck.of(set)).containsExactly(Finding.error("criteria.check.totalShort", d("95"), d("100"), d("5")));
    }

    @Test
    void bandsWithTheSameLowerBoundOverlapAndAPassMarkBelowTheLowestBandLeavesAGap() {
        var rule = new Rule(RuleStyle.POINTS, d("100"), List.of(new Band("Tốt", d("85")), new Band("Khá", d("85")),
                new Band("Trung bình", d("50"))), d("40"), null, 0);

        var findings = SetCheck.of(Sets.document(rule, List.of(Sets.points("A", "100"))));

        assertThat(findings).containsExactly(Finding.error("criteria.check.bandsOverlap", "Tốt", "Khá"),
                Finding.error("criteria.check.gapBelowBands", d("40"), d("50")));
    }

    @Test
    void aPassMarkAboveTheMaximumIsAnError() {
        var rule = new Rule(RuleStyle.POINTS, d("100"), List.of(), d("101"), null, 0);

        assertThat(SetCheck.of(Sets.document(rule, List.of(Sets.points("A", "100")))))
                .containsExactly(Finding.error("criteria.check.passMarkAboveMaximum", d("101"), d("100")));
    }

    @Test
    void missingPointsOfAnIncompleteSetAreOnlyWarnings() {
        var unknown = new Node(null, "Chỉ số chưa rõ", Measure.POINTS, null, null, false, null, null, null, null, null,
                null, true, null);
        var set = Sets.document(new Rule(RuleStyle.POINTS, d("100"), List.of(), d("80"), null, 0),
                List.of(Sets.points("A", "30"), unknown));

        var findings = SetCheck.of(set);

        assertThat(SetCheck.hasErrors(findings)).isFalse();
        assertThat(findings).extracting(Finding::key).containsExactly("criteria.check.toBeCompleted",
                "criteria.check.totalShort");
    }

    @Test
    void anIndicatorRequiredForALevelTheRuleLacksIsAnError() {
        var set = Sets.levels(List.of(Sets.criterion("A", List.of(Sets.passFail("m1", 1), Sets.passFail("m3", 3)))), 2);

        assertThat(SetCheck.of(set)).containsExactly(Finding.error("criteria.check.levelOutOfRange", "1.2", 3, 2),
                Finding.warning("criteria.check.levelEmpty", 2));
    }
}

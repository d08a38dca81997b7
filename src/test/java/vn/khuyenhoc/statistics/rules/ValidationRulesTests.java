package vn.khuyenhoc.statistics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationRulesTests {

    static Counts counts(int year, long subjects, long registered, long recognised, String printed) {
        return new Counts(7, year, "GIA_DINH", subjects, registered, recognised, printed);
    }

    @Test
    void moreRecognisedThanRegisteredIsFoundAndAnOrderlyFigureIsNot() {
        assertThat(CountOrderRule.check(counts(2019, 100, 50, 60, null))).get()
                .extracting(Finding::kind, Finding::numbers).containsExactly("order", List.of("60", "50", "100"));
        assertThat(CountOrderRule.check(counts(2019, 100, 101, 60, null))).isPresent();
        assertThat(CountOrderRule.check(counts(2019, 7862, 7000, 5557, null))).isEmpty();
    }

    @Test
    void theSeedsSlipIsFoundTwoThousandSixHundredThirtyOneOfSevenThousandOneHundredFiveIs3703Percent() {
        var finding = PrintedRateRule.check(counts(2016, 7105, 7105, 2631, "37,28%"));
        assertThat(finding).get().extracting(Finding::kind).isEqualTo("printedRate");
        assertThat(finding.get().numbers()).containsExactly("2.631", "7.105", "37,03%", "37,28%");
    }

    @Test
    void aPrintedRateRoundedOrTruncatedToItsOwnDecimalsIsAcceptedAndTruncationIsNoted() {
        assertThat(PrintedRateRule.check(counts(2019, 7862, 7862, 5557, "70,68%"))).isEmpty();
        assertThat(PrintedRateRule.check(counts(2019, 8, 8, 6, "75%"))).isEmpty();
        assertThat(PrintedRateRule.check(counts(2019, 98, 98, 96, "98%"))).isEmpty();
        // 3/14 = 21,428…%: the report printed 21,42% (truncated), which is accepted with a note
        assertThat(PrintedRateRule.check(counts(2019, 14, 14, 3, "21,42%"))).get()
                .extracting(Finding::kind).isEqualTo("truncated");
        assertThat(PrintedRateRule.check(counts(2019, 14, 14, 3, null))).isEmpty();
    }

    @Test
    void childrenCountingMoreThanTheirParentAreFound() {
        var parent = counts(2020, 100, 80, 50, null);
        var findings = ChildTotalRule.check(parent, List.of(counts(2020, 60, 40, 30, null),
                counts(2020, 50, 30, 10, null)));
        assertThat(findings).extracting(f -> f.numbers().get(0)).containsExactly("subjects");
        assertThat(ChildTotalRule.check(parent, List.of(counts(2020, 60, 40, 30, null),
                counts(2020, 40, 40, 20, null)))).isEmpty();
    }

    @Test
    void aJumpOverTheThresholdIsFoundAndASteadyRiseIsNot() {
        var jump = JumpRule.check(counts(2018, 100, 100, 40, null), counts(2019, 100, 100, 70, null),
                JumpRule.DEFAULT_THRESHOLD);
        assertThat(jump).get().extracting(Finding::numbers).isEqualTo(List.of("40,00%", "70,00%", "30,00%"));
        assertThat(JumpRule.check(counts(2018, 100, 100, 60, null), counts(2019, 100, 100, 70, null),
                JumpRule.DEFAULT_THRESHOLD)).isEmpty();
        assertThat(JumpRule.check(counts(2016, 100, 100, 10, null), counts(2019, 100, 100, 70, null),
                JumpRule.DEFAULT_THRESHOLD)).isEmpty();
    }

    @Test
    void aVillageLeftOutOfACommunesReturnIsNamed() {
        var villages = Map.of(1L, "Ấp 1", 2L, "Ấp 2", 3L, "Ấp 3");
        assertThat(MissingVillageRule.check(9, 2019, "GIA_DINH", villages, List.of(1L, 3L)))
                .extracting(f -> f.numbers().get(0)).containsExactly("Ấp 2");
        assertThat(MissingVillageRule.check(9, 2019, "GIA_DINH", villages, List.of(1L, 2L, 3L))).isEmpty();
        assertThat(MissingVillageRule.check(9, 2019, "GIA_DINH", villages, List.of())).isEmpty();
    }
}

package vn.khuyenhoc.association;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khuyenhoc.association.MembershipStatus.ACTIVE;
import static vn.khuyenhoc.association.MembershipStatus.LAPSED;
import static vn.khuyenhoc.association.MembershipStatus.LEFT;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipRulesTests {

    /** The rules the first migration configures. */
    static final List<StatusRule> RULES = List.of(
            new StatusRule(null, LocalDate.of(2019, 12, 31), null),
            new StatusRule(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31), 12),
            new StatusRule(LocalDate.of(2026, 1, 1), null, 6));

    private static MembershipStatus on(String day, String joined, String left, String lastPaid) {
        return MembershipRules.statusOn(LocalDate.parse(day), LocalDate.parse(joined),
                left == null ? null : LocalDate.parse(left), lastPaid == null ? null : LocalDate.parse(lastPaid), RULES);
    }

    @Test
    void nobodyLapsesBeforeTheFirstDuesRuleAndLapsesTheDayAfterItsMonthsRunOut() {
        assertThat(on("2019-06-14", "2019-06-15", null, null)).isNull();
        assertThat(on("2019-12-31", "2018-01-01", null, null)).isEqualTo(ACTIVE);
        assertThat(on("2020-01-01", "2018-01-01", null, null)).isEqualTo(LAPSED);
        assertThat(on("2020-06-15", "2019-06-15", null, null)).isEqualTo(ACTIVE);
        assertThat(on("2020-06-16", "2019-06-15", null, null)).isEqualTo(LAPSED);
    }

    @Test
    void theShorterRuleOf2026AppliesFromItsFirstDay() {
        assertThat(on("2025-12-31", "2025-01-01", null, "2025-06-01")).isEqualTo(ACTIVE);
        assertThat(on("2026-01-01", "2025-01-01", null, "2025-06-01")).isEqualTo(LAPSED);
        assertThat(on("2026-01-01", "2025-01-01", null, "2025-07-01")).isEqualTo(ACTIVE);
        assertThat(on("2026-01-02", "2025-01-01", null, "2025-07-01")).isEqualTo(LAPSED);
    }

    @Test
    void duesRestoreAMemberAndMonthEndsCountAsTheCalendarDoes() {
        assertThat(on("2026-03-01", "2025-08-31", null, null)).isEqualTo(LAPSED);
        assertThat(on("2026-02-28", "2025-08-31", null, null)).isEqualTo(ACTIVE);
        assertThat(on("2026-03-01", "2025-08-31", null, "2026-03-01")).isEqualTo(ACTIVE);
    }

    @Test
    void aMemberHasLeftFromTheDayOfLeavingOn() {
        assertThat(on("2026-03-31", "2026-01-01", "2026-04-01", null)).isEqualTo(ACTIVE);
        assertThat(on("2026-04-01", "2026-01-01", "2026-04-01", null)).isEqualTo(LEFT);
        assertThat(on("2030-01-01", "2026-01-01", "2026-04-01", null)).isEqualTo(LEFT);
    }

    @Test
    void theConfiguredRulePeriodsLeaveNoGapAndDoNotOverlap() {
        assertThat(MembershipRules.problems(RULES)).isEmpty();
    }

    @Test
    void aGapAnOverlapAndUnopenedEndsAreFound() {
        var gap = List.of(new StatusRule(null, LocalDate.of(2019, 12, 30), null),
                new StatusRule(LocalDate.of(2020, 1, 1), null, 12));
        assertThat(MembershipRules.problems(gap)).containsExactly("association.rule.gap 2019-12-31");
        var overlap = List.of(new StatusRule(null, LocalDate.of(2020, 1, 1), null),
                new StatusRule(LocalDate.of(2020, 1, 1), null, 12));
        assertThat(MembershipRules.problems(overlap)).containsExactly("association.rule.overlap 2020-01-01");
        var closed = List.of(new StatusRule(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31), 12));
        assertThat(MembershipRules.problems(closed))
                .containsExactly("association.rule.gapBefore 2020-01-01", "association.rule.gapAfter 2031-01-01");
        assertThat(MembershipRules.problems(List.of())).containsExactly("association.rule.none");
    }
}

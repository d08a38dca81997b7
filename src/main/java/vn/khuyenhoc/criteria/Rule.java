package vn.khuyenhoc.criteria;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * How a set turns scores into a result. POINTS: the total against {@code maxPoints}, {@code bands} (highest
 * first), a {@code passMark} and the guards {@code minPerIndicator} and each criterion's {@code mustMeet}.
 * LEVELS: {@code levels} levels, each indicator required from its own level up.
 */
public record Rule(RuleStyle style, BigDecimal maxPoints, List<Band> bands, BigDecimal passMark,
                   BigDecimal minPerIndicator, int levels) {

    public Rule {
        bands = bands == null ? List.of() : bands.stream()
                .sorted(Comparator.comparing(Band::lowerBound, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }
}

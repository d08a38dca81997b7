package vn.khuyenhoc.statistics.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import vn.khuyenhoc.shared.Rate;

/**
 * A printed rate must equal its own fraction rounded (half-up) or truncated to the decimals it was printed with;
 * truncation is accepted but noted (DESIGN.md). 2.631/7.105 printed as 37,28% is a slip: it is 37,03%.
 */
public final class PrintedRateRule {

    private PrintedRateRule() {
    }

    public static Optional<Finding> check(Counts counts) {
        if (counts.printedRate() == null || counts.subjects() == 0) {
            return Optional.empty();
        }
        BigDecimal printed = parse(counts.printedRate());
        int decimals = Math.max(printed.scale(), 0);
        Rate rate = counts.rate();
        if (rate.percent(decimals, RoundingMode.HALF_UP).compareTo(printed) == 0) {
            return Optional.empty();
        }
        String kind = rate.percent(decimals, RoundingMode.DOWN).compareTo(printed) == 0 ? "truncated" : "printedRate";
        return Optional.of(new Finding(kind, counts.unitId(), counts.year(), counts.title(),
                List.of(Rate.count(counts.recognised()), Rate.count(counts.subjects()), rate.formatted(),
                        counts.printedRate())));
    }

    /** "37,28%" → 37.28 with its own scale. */
    static BigDecimal parse(String printed) {
        return new BigDecimal(printed.replace("%", "").replace(",", ".").trim());
    }
}

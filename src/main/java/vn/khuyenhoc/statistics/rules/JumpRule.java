package vn.khuyenhoc.statistics.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A rate that moves more than a threshold (percentage points) from one year to the next deserves a look. */
public final class JumpRule {

    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("20");

    private JumpRule() {
    }

    public static Optional<Finding> check(Counts previous, Counts current, BigDecimal threshold) {
        if (!previous.rate().defined() || !current.rate().defined() || current.year() != previous.year() + 1) {
            return Optional.empty();
        }
        BigDecimal change = current.rate().percent(4).subtract(previous.rate().percent(4));
        if (change.abs().compareTo(threshold) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Finding("jump", current.unitId(), current.year(), current.title(),
                List.of(previous.rate().formatted(), current.rate().formatted(),
                        vn.khuyenhoc.shared.Rate.percentText(change.setScale(2, java.math.RoundingMode.HALF_UP)))));
    }
}

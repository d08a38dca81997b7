package vn.khuyenhoc.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.khuyenhoc.shared.Rate;

/** A target rate (chỉ tiêu) for a title by a year, national or an area's own, with its legal basis. */
public record Target(Long unitId, String title, int year, String variant, BigDecimal rate, String basis) {

    /** How a rate stands against this target: reached, and the gap in percentage points (negative = short). */
    public Standing standing(Rate actual) {
        if (!actual.defined()) {
            return new Standing(false, null);
        }
        BigDecimal gap = actual.percent(4).subtract(rate).setScale(2, RoundingMode.HALF_UP);
        return new Standing(actual.reaches(rate), gap);
    }

    public String rateText() {
        return Rate.percentText(rate.stripTrailingZeros().scale() <= 0 ? rate.setScale(0) : rate);
    }

    /** Reached or not, and by how many percentage points. */
    public record Standing(boolean reached, BigDecimal gap) {
        public String gapText() {
            return gap == null ? "—" : (gap.signum() > 0 ? "+" : "") + gap.toPlainString().replace('.', ',');
        }
    }
}

package vn.khuyenhoc.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate as the reports print it: an exact fraction count/total, shown as a percentage with two decimals rounded
 * half-up in Vietnamese style ("70,68%", counts "5.557"). Never stored as text; a total of zero has no rate.
 */
public record Rate(long count, long total) {

    public Rate {
        if (count < 0 || total < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public boolean defined() {
        return total > 0;
    }

    /** The exact percentage with the given decimals, rounded half-up; null when there is no total. */
    public BigDecimal percent(int decimals) {
        return percent(decimals, RoundingMode.HALF_UP);
    }

    public BigDecimal percent(int decimals, RoundingMode mode) {
        if (!defined()) {
            return null;
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), decimals, mode);
    }

    /** "70,68%", or "—" without a total. */
    public String formatted() {
        return defined() ? percentText(percent(2)) : "—";
    }

    /** Whether count/total reaches a target percentage, compared exactly (no rounding). */
    public boolean reaches(BigDecimal targetPercent) {
        return defined() && BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                .compareTo(targetPercent.multiply(BigDecimal.valueOf(total))) >= 0;
    }

    /** "70,68%" for 70.68; trailing zeros kept as the scale says. */
    public static String percentText(BigDecimal percent) {
        return percent.toPlainString().replace('.', ',') + "%";
    }

    /** "5.557" for 5557: a dot between thousands, as Vietnamese reports write counts. */
    public static String count(long value) {
        String digits = Long.toString(Math.abs(value));
        var out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return value < 0 ? "-" + out : out.toString();
    }
}

package vn.khuyenhoc.criteria;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of scoring a sheet against a set, computed, never typed in: achieved or not, the band (POINTS) or
 * the level reached (LEVELS, 0 = none), the total and maximum points, and the reasons.
 */
public record Assessment(boolean achieved, String band, Integer level, BigDecimal total, BigDecimal maximum,
                         List<Reason> reasons) {

    public Assessment {
        reasons = List.copyOf(reasons);
    }
}

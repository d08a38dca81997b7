package vn.khuyenhoc.criteria;

import java.math.BigDecimal;

/** How a figure is compared with an indicator's threshold (both bounds inclusive). */
public enum Comparison {
    AT_LEAST, AT_MOST;

    public boolean holds(BigDecimal value, BigDecimal threshold) {
        int order = value.compareTo(threshold);
        return this == AT_LEAST ? order >= 0 : order <= 0;
    }
}

package vn.khuyenhoc.association.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A count out of a total ("96/98"), with its percentage exact to two decimals, rounded half-up (null: no total). */
public record Share(long count, long total) {

    public BigDecimal percent() {
        if (total == 0) {
            return null;
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }
}

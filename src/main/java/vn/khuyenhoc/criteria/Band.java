package vn.khuyenhoc.criteria;

import java.math.BigDecimal;

/** A rating band of a points rule: a total at or above {@code lowerBound} (inclusive) earns {@code label}. */
public record Band(String label, BigDecimal lowerBound) {
}

package vn.khuyenhoc.learningcentre;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A year's rating: {@code rating} where the province has no criteria set for TTHTCĐ in force; otherwise the
 * points (and met flags) by node code ("1.2"), from which the set's band gives the rating.
 */
public record RatingForm(@NotNull Integer year, Rating rating, Map<String, BigDecimal> points,
                         Map<String, Boolean> met) {
}

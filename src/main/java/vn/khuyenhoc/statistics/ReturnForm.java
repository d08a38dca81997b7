package vn.khuyenhoc.statistics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import vn.khuyenhoc.criteria.Title;

/** An aggregate return as typed or imported: the counts of an area for a year and a title, and the printed rate. */
public record ReturnForm(@NotNull Long unitId, @NotNull @Min(2000) @Max(2200) Integer year, @NotNull Title title,
                         @NotNull @PositiveOrZero Long subjects, @NotNull @PositiveOrZero Long registered,
                         @NotNull @PositiveOrZero Long recognised, String printedRate) {
}

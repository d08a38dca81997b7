package vn.khuyenhoc.statistics;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import vn.khuyenhoc.criteria.Title;

/** An area's own target for a title by a year. */
public record TargetForm(@NotNull Long unitId, @NotNull Title title, @NotNull @Min(2000) @Max(2200) Integer year,
                         @NotNull @DecimalMin("0.01") @DecimalMax("100") BigDecimal rate, @NotBlank String basis) {
}

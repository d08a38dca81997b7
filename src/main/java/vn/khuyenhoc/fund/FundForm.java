package vn.khuyenhoc.fund;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A new fund of an association unit, with the cash it holds on the day it opens (whole đồng). */
public record FundForm(@NotNull Long associationId, @NotBlank @Size(max = 200) String name,
                       @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedOn,
                       @NotNull @PositiveOrZero Long openingBalance) {
}

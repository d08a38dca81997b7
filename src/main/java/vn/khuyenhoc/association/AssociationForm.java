package vn.khuyenhoc.association;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A new association unit of a province, district or commune, from a date. */
public record AssociationForm(@NotNull Long geoUnitId, @NotNull AssociationLevel level,
                              @NotBlank @Size(max = 200) String name,
                              @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom) {
}

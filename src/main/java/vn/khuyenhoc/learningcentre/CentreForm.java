package vn.khuyenhoc.learningcentre;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A new centre of a commune from a day; {@code foundedOn} is the founding day its records give (may be earlier). */
public record CentreForm(@NotNull Long communeId, @NotBlank @Size(max = 200) String name,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundedOn,
                         @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom) {
}

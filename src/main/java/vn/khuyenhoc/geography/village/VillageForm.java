package vn.khuyenhoc.geography.village;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A village as an officer enters it. An empty code gets the commune's code, a dash and the next three digits.
 * {@code effectiveFrom} on an edit means "renamed from this date" (a new version); empty means a correction.
 * {@code version} is the token of the version the edit started from: a stale form is refused, not saved.
 */
record VillageForm(@NotBlank @Size(max = 120) String name,
                   @NotBlank String typeName,
                   @Size(max = 40) @Pattern(regexp = "[\\p{L}\\p{N}._-]*") String code,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                   Integer version) {

    static VillageForm empty() {
        return new VillageForm("", "Thôn", "", null, null);
    }
}

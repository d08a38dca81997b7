package vn.khuyenhoc.fund;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Corrects an entry: a reversing entry dated {@code date} (in an open year) cancels it, and the replacement,
 * when given, records what should have been recorded. The reason is required: it is what an auditor reads.
 */
public record CorrectionForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                             @NotBlank @Size(max = 300) String reason, @Valid EntryForm replacement) {
}

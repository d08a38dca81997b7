package vn.khuyenhoc.association;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An officer of an association unit, branch or board: a registry person, a position and a term (nhiệm kỳ). */
public record OfficerForm(@NotNull HolderKind holder, @NotNull Long holderId, @NotNull Long personId,
                          @NotNull OfficerPosition position,
                          @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termFrom,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termTo) {
}

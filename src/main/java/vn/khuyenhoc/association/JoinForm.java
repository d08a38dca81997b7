package vn.khuyenhoc.association;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A registry person joins a branch on a day; a blank card number gets the association's next one
 * ("22969-00042"); a blank day is today.
 */
public record JoinForm(@NotNull Long personId, @NotNull Long branchId,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn,
                       @Size(max = 40) @Pattern(regexp = "[\\p{L}\\p{N}./-]*") String cardNumber) {
}

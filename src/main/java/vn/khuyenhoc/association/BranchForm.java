package vn.khuyenhoc.association;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A branch (chi hội) in a village or in an organisation (exactly one of the two); a blank date is today. */
public record BranchForm(Long villageId, Long organisationId, @NotBlank @Size(max = 200) String name,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {
}

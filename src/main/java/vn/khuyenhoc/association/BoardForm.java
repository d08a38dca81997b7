package vn.khuyenhoc.association;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A study-promotion board (ban khuyến học) in a clan or an organisation (exactly one); a blank date is today. */
public record BoardForm(Long clanId, Long organisationId, @NotBlank @Size(max = 200) String name,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {
}

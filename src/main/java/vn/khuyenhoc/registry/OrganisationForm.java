package vn.khuyenhoc.registry;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An organisation (đơn vị) as an officer enters it. A blank code gets the next "DV-001" of the commune; a blank
 * {@code since} means 1 January of this year; the village, when given, must be one of the commune's.
 * {@code staffCount} is what the organisation declares, whatever the number of staff recorded.
 */
public record OrganisationForm(@Size(max = 40) @Pattern(regexp = "[\\p{L}\\p{N}._/-]*") String code,
                               @NotBlank @Size(max = 200) String name,
                               @NotNull OrganisationKind kind,
                               @NotNull ManagingLevel managingLevel,
                               @Min(0) Integer staffCount,
                               Long villageId,
                               @Size(max = 300) String address,
                               @Size(max = 20) String phone,
                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
                               Integer version) {

    public static OrganisationForm empty() {
        return new OrganisationForm("", "", OrganisationKind.AGENCY, ManagingLevel.COMMUNE, null, null, "", "",
                null, null);
    }
}

package vn.khuyenhoc.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A clan (dòng họ) as an officer enters it. A blank code gets the next "DH-001" of the commune; a blank
 * {@code since} means 1 January of this year. {@code version} is the row's version the edit started from.
 */
public record ClanForm(@Size(max = 40) @Pattern(regexp = "[\\p{L}\\p{N}._/-]*") String code,
                       @NotBlank @Size(max = 200) String name,
                       @Size(max = 120) String representative,
                       @Size(max = 20) String representativePhone,
                       boolean hasBoard,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
                       Integer version) {

    public static ClanForm empty() {
        return new ClanForm("", "", "", "", false, null, null);
    }
}

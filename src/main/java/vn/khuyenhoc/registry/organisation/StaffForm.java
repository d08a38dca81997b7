package vn.khuyenhoc.registry.organisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.khuyenhoc.registry.Sex;
import vn.khuyenhoc.registry.TargetGroup;
import vn.khuyenhoc.registry.common.PersonData;

/**
 * A member of staff as an officer enters them: the person and their position. {@code personVersion} is the
 * version of the person record the edit started from (a stale form is refused).
 */
record StaffForm(@NotBlank @Size(max = PersonData.MAX_NAME_LENGTH) String fullName,
                 @Min(PersonData.OLDEST_BIRTH_YEAR) @Max(2200) Integer birthYear,
                 Sex sex,
                 @Size(max = 20) String phone,
                 @Size(max = 120) String occupation,
                 TargetGroup targetGroup,
                 @Size(max = 120) String position,
                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn,
                 Integer personVersion) {

    static StaffForm empty() {
        return new StaffForm("", null, null, "", "", TargetGroup.OFFICIAL, "", LocalDate.now(), null);
    }

    static StaffForm of(StaffQueries.StaffRow row) {
        return new StaffForm(row.fullName(), row.birthYear(), row.sex(), row.phone(), row.occupation(),
                row.targetGroup(), row.position(), row.joinedOn(), row.personVersion());
    }

    PersonData person() {
        return new PersonData(fullName, birthYear, sex, phone, occupation, targetGroup, null);
    }
}

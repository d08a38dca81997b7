package vn.khuyenhoc.registry.household;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.khuyenhoc.registry.HouseholdForm;
import vn.khuyenhoc.registry.SchoolLevel;
import vn.khuyenhoc.registry.Sex;
import vn.khuyenhoc.registry.TargetGroup;
import vn.khuyenhoc.registry.common.PersonData;

/** The household form of the pages: the household's fields and, for a new household, its head. */
record HouseholdPageForm(String code, String address, String phone, Long clanId,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since, Integer version,
                         String headFullName, Integer headBirthYear, Sex headSex, String headPhone,
                         String headOccupation, TargetGroup headTargetGroup, SchoolLevel headSchoolLevel) {

    static HouseholdPageForm empty() {
        return new HouseholdPageForm("", "", "", null, LocalDate.now(), null, "", null, null, "", "", null, null);
    }

    static HouseholdPageForm of(HouseholdRecords.Household household) {
        return new HouseholdPageForm(household.code(), household.address(), household.phone(), household.clanId(),
                household.since(), household.version(), null, null, null, null, null, null, null);
    }

    HouseholdForm household() {
        return new HouseholdForm(code, address, phone, clanId, since, version);
    }

    PersonData head() {
        return new PersonData(headFullName, headBirthYear, headSex, headPhone, headOccupation, headTargetGroup,
                headSchoolLevel);
    }
}

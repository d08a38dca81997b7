package vn.khuyenhoc.registry.person;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.khuyenhoc.registry.PersonDetail;
import vn.khuyenhoc.registry.SchoolLevel;
import vn.khuyenhoc.registry.Sex;
import vn.khuyenhoc.registry.TargetGroup;
import vn.khuyenhoc.registry.common.PersonData;

/** A person as an officer corrects it; {@code version} is the record's version the form started from. */
record PersonForm(@Size(max = 200) String fullName, Integer birthYear, Sex sex, @Size(max = 40) String phone,
                  @Size(max = 200) String occupation, TargetGroup targetGroup, SchoolLevel schoolLevel,
                  @NotNull Integer version) {

    static PersonForm of(PersonDetail person) {
        return new PersonForm(person.fullName(), person.birthYear(), person.sex(), person.phone(),
                person.occupation(), person.targetGroup(), person.schoolLevel(), person.version());
    }

    PersonData data() {
        return new PersonData(fullName, birthYear, sex, phone, occupation, targetGroup, schoolLevel);
    }
}

package vn.khuyenhoc.registry.citizen;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.khuyenhoc.registry.PersonDetail;
import vn.khuyenhoc.registry.TargetGroup;

/** What a citizen may change about themselves; {@code version} is the record's version the form started from. */
record OwnForm(@Size(max = 40) String phone, @Size(max = 200) String occupation, TargetGroup targetGroup,
               @NotNull Integer version) {

    static OwnForm of(PersonDetail person) {
        return new OwnForm(person.phone(), person.occupation(), person.targetGroup(), person.version());
    }
}

package vn.khuyenhoc.registry.household;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.khuyenhoc.registry.MemberForm;
import vn.khuyenhoc.registry.Relation;
import vn.khuyenhoc.registry.SchoolLevel;
import vn.khuyenhoc.registry.Sex;
import vn.khuyenhoc.registry.TargetGroup;
import vn.khuyenhoc.registry.common.PersonData;

/** The member form of the pages: the person, their relation to the head and the day they joined. */
record MemberPageForm(String fullName, Integer birthYear, Sex sex, String phone, String occupation,
                      TargetGroup targetGroup, SchoolLevel schoolLevel, Relation relation,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn, Integer version) {

    static MemberPageForm empty() {
        return new MemberPageForm("", null, null, "", "", null, null, Relation.CHILD, LocalDate.now(), null);
    }

    static MemberPageForm of(HouseholdDetails.MemberRow member) {
        return new MemberPageForm(member.fullName(), member.birthYear(), member.sex(), member.phone(),
                member.occupation(), member.targetGroup(), member.schoolLevel(), member.relation(),
                member.joinedOn(), member.version());
    }

    MemberForm member() {
        return new MemberForm(new PersonData(fullName, birthYear, sex, phone, occupation, targetGroup, schoolLevel),
                relation, joinedOn, version);
    }
}

package vn.khuyenhoc.registry.generator;

import java.time.LocalDate;
import java.util.List;
import vn.khuyenhoc.registry.Relation;

/** One generated household (hộ gia đình) with its members, the head first; phone and clan code may be null. */
public record GeneratedHousehold(String villageCode, String code, String address, String phone, String clanCode,
                                 LocalDate since, List<GeneratedMember> members) {

    public GeneratedMember head() {
        if (!members.isEmpty() && members.get(0).relation() == Relation.HEAD) {
            return members.get(0);
        }
        return members.stream().filter(member -> member.relation() == Relation.HEAD).findFirst().orElseThrow();
    }

    public GeneratedHousehold withSince(LocalDate day) {
        return new GeneratedHousehold(villageCode, code, address, phone, clanCode, day, members);
    }

    public GeneratedHousehold withVillage(String village, String householdCode) {
        return new GeneratedHousehold(village, householdCode, address, phone, clanCode, since, members);
    }
}

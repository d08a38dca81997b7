package vn.khuyenhoc.registry.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.khuyenhoc.registry.Relation;
import vn.khuyenhoc.registry.common.PersonData;

/** A household as a file describes it, with where it was first named (for messages) and its members in order. */
final class HouseholdLine {

    /** A member as a file lists them. */
    record Member(String sheet, int row, PersonData person, Relation relation) {
    }

    final String sheet;
    final int row;
    final String villageCode;
    final String code;
    String address;
    String phone;
    String clanCode;
    LocalDate since;
    final List<Member> members = new ArrayList<>(4);

    HouseholdLine(String sheet, int row, String villageCode, String code) {
        this.sheet = sheet;
        this.row = row;
        this.villageCode = villageCode;
        this.code = code;
    }

    static String key(String villageCode, String code) {
        return villageCode + "\u0000" + code;
    }

    Member head() {
        return members.stream().filter(m -> m.relation() == Relation.HEAD).findFirst().orElse(null);
    }
}

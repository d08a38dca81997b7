package vn.khuyenhoc.registry.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.khuyenhoc.registry.Relation;
import vn.khuyenhoc.registry.common.Names;
import vn.khuyenhoc.registry.common.PersonData;
import vn.khuyenhoc.shared.Text;

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
    /** The folded names and sort keys of the members, in their order; computed once, before staging. */
    String[] folded;
    byte[][] sortKeys;

    HouseholdLine(String sheet, int row, String villageCode, String code) {
        this.sheet = sheet;
        this.row = row;
        this.villageCode = villageCode;
        this.code = code;
    }

    /** A name's folded form and sort key. */
    record NameKeys(String folded, byte[] sortKey) {
        static NameKeys of(String name) {
            return new NameKeys(Text.fold(name), Names.personSortKey(name));
        }
    }

    /**
     * Computes {@link #folded} and {@link #sortKeys}: the costly part of staging, so it runs in parallel, and each
     * name once per file (names repeat: 380,971 generated members carry 33,413 names).
     */
    void computeKeys(Map<String, NameKeys> known) {
        folded = new String[members.size()];
        sortKeys = new byte[members.size()][];
        for (int i = 0; i < members.size(); i++) {
            String name = members.get(i).person().fullName();
            NameKeys keys = name == null ? NameKeys.of(null) : known.computeIfAbsent(name, NameKeys::of);
            folded[i] = keys.folded();
            sortKeys[i] = keys.sortKey();
        }
    }

    static String key(String villageCode, String code) {
        return villageCode + "\u0000" + code;
    }

    Member head() {
        int index = headIndex();
        return index < 0 ? null : members.get(index);
    }

    int headIndex() {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).relation() == Relation.HEAD) {
                return i;
            }
        }
        return -1;
    }
}

package vn.khuyenhoc.registry.imports;

import java.util.Objects;
import vn.khuyenhoc.registry.Relation;
import vn.khuyenhoc.registry.common.PersonData;

/** Whether a member read from a file differs from the stored one it matched, in the fields an import sets. */
final class MemberChange {

    private MemberChange() {
    }

    static boolean differs(ImportLookups.Member stored, PersonData read, Relation relation) {
        return !(Objects.equals(stored.fullName(), read.fullName())
                && Objects.equals(stored.sex(), name(read.sex()))
                && Objects.equals(stored.occupation(), read.occupation())
                && Objects.equals(stored.targetGroup(), name(read.targetGroup()))
                && Objects.equals(stored.schoolLevel(), name(read.schoolLevel()))
                && Objects.equals(stored.relation(), relation.name()));
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}

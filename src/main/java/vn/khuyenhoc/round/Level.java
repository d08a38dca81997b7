package vn.khuyenhoc.round;

import java.util.Optional;
import vn.khuyenhoc.accounts.Role;

/**
 * Who does a step, lowest first: the subject itself (a unit officer for their organisation, a citizen for
 * themself), a village branch, a commune, a province, the country (administrators). There is no district level.
 */
public enum Level {
    SELF, VILLAGE, COMMUNE, PROVINCE, NATIONAL;

    /** The level a role acts at; empty for read-only roles. */
    public static Optional<Level> of(Role role) {
        return Optional.ofNullable(switch (role) {
            case ADMIN -> NATIONAL;
            case PROVINCE_OFFICER -> PROVINCE;
            case COMMUNE_OFFICER -> COMMUNE;
            case BRANCH_OFFICER -> VILLAGE;
            case UNIT_OFFICER, CITIZEN -> SELF;
            case VIEWER -> null;
        });
    }

    public boolean reaches(Level required) {
        return compareTo(required) >= 0;
    }
}

package vn.khuyenhoc.accounts;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of DESIGN.md. {@code rank} orders the officers: a user may only manage accounts of a strictly lower
 * rank inside their own area, so nobody hands out more rights than they have. {@code areaKind} is the kind of
 * unit the role's area must be (null: any).
 */
public enum Role {
    ADMIN(100, null),
    PROVINCE_OFFICER(80, "PROVINCE"),
    COMMUNE_OFFICER(60, "COMMUNE"),
    BRANCH_OFFICER(40, "VILLAGE"),
    UNIT_OFFICER(30, "COMMUNE"),
    VIEWER(20, null),
    CITIZEN(10, null);

    private final int rank;
    private final String areaKind;

    Role(int rank, String areaKind) {
        this.rank = rank;
        this.areaKind = areaKind;
    }

    public String areaKind() {
        return areaKind;
    }

    public boolean readOnly() {
        return this == VIEWER;
    }

    /**
     * A unit officer reaches only their organisation and a citizen only their own record, though both have an
     * area: records are checked by their owner module ({@link AreaResolver#withinPersonalScope}).
     */
    public boolean personalScope() {
        return this == UNIT_OFFICER || this == CITIZEN;
    }

    /** The roles whose accounts this role may create, disable and reset. */
    public Set<Role> manageable() {
        if (this == ADMIN) {
            return EnumSet.allOf(Role.class);
        }
        if (this != PROVINCE_OFFICER && this != COMMUNE_OFFICER) {
            return EnumSet.noneOf(Role.class);
        }
        var roles = EnumSet.noneOf(Role.class);
        for (Role role : values()) {
            if (role.rank < rank) {
                roles.add(role);
            }
        }
        return roles;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}

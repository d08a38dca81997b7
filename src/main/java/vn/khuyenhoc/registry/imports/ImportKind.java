package vn.khuyenhoc.registry.imports;

import java.util.EnumSet;
import java.util.Set;
import vn.khuyenhoc.accounts.Role;

/** What a file imports, and who may import it: households down to branch officers, the rest commune officers up. */
enum ImportKind {
    HOUSEHOLDS, CLANS, ORGANISATIONS, CITIZENS;

    Set<Role> roles() {
        var managers = EnumSet.of(Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
        if (this == HOUSEHOLDS) {
            managers.add(Role.BRANCH_OFFICER);
        }
        return managers;
    }

    boolean allowedTo(Role role) {
        return roles().contains(role);
    }
}

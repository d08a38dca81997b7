package vn.khuyenhoc.accounts;

import java.io.Serializable;

/**
 * The signed-in user as every module sees them: plain values only.
 *
 * @param unitId         the root of the user's area (null for an administrator: the whole country)
 * @param organisationId set for unit officers once the registry exists
 * @param personId       set for citizens once the registry exists
 */
public record CurrentUser(long id, String username, String displayName, Role role, Long unitId,
                          Long organisationId, Long personId) implements Serializable {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}

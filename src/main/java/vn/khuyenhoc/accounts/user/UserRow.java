package vn.khuyenhoc.accounts.user;

import java.time.OffsetDateTime;
import vn.khuyenhoc.accounts.Role;

/**
 * An account as the management pages and the API show it; never the password hash.
 *
 * @param unitId  the area (null for an administrator)
 * @param locked  locked for a while after too many wrong passwords
 * @param version for optimistic locking: a form sends it back, a stale one is refused
 */
record UserRow(long id, String username, String displayName, Role role, Long unitId, String areaCode,
               String areaName, boolean enabled, boolean mustChangePassword, boolean locked,
               OffsetDateTime createdAt, int version) {
}

package vn.khuyenhoc.accounts.user;

import java.io.Serializable;

/** A new (or reset) account with its temporary password, shown to the manager once. */
record Created(long id, String username, String displayName, String temporaryPassword) implements Serializable {
}

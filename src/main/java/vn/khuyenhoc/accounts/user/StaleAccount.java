package vn.khuyenhoc.accounts.user;

import vn.khuyenhoc.shared.UserFacingException;

/** Someone else changed the account since the form was opened; nothing was overwritten. */
class StaleAccount extends UserFacingException {

    StaleAccount(String username) {
        super(409, "accounts.user.stale", username);
    }
}

package vn.khuyenhoc.accounts;

import vn.khuyenhoc.shared.UserFacingException;

/** The user's role or area does not allow what they asked for. */
public class AccessDenied extends UserFacingException {

    public AccessDenied() {
        super(403, "error.forbidden");
    }
}

package vn.khuyenhoc.accounts.user;

import java.util.List;
import org.springframework.validation.BindingResult;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.shared.UserFacingException;

/** Small helpers the account forms share. */
final class Forms {

    private Forms() {
    }

    /**
     * Shows a refused change on the form itself when the user can correct it; a refusal of the request as such
     * (not allowed, not found) goes to the error page instead.
     */
    static void reject(BindingResult errors, UserFacingException error) {
        if (error.status() == 403 || error.status() == 404) {
            throw error;
        }
        errors.reject(error.messageKey(), error.arguments(), error.messageKey());
    }

    /** The roles a manager may hand out, highest first. */
    static List<Role> rolesFor(CurrentUser manager) {
        return List.copyOf(manager.role().manageable());
    }
}

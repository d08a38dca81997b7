package vn.khuyenhoc.registry.household;

import org.springframework.validation.BindingResult;
import vn.khuyenhoc.shared.UserFacingException;

/** Refusals a user can correct go onto the form; "not allowed" and "not found" go to the error page. */
final class PageErrors {

    private PageErrors() {
    }

    /** A value of the wrong type (letters in a year): one message for the form, the values are kept. */
    static boolean badFields(BindingResult errors) {
        if (!errors.hasFieldErrors()) {
            return false;
        }
        errors.reject("registry.form.invalid", "registry.form.invalid");
        return true;
    }

    static void reject(BindingResult errors, UserFacingException error) {
        if (error.status() == 403 || error.status() == 404) {
            throw error;
        }
        errors.reject(error.messageKey(), error.arguments(), error.messageKey());
    }
}

package vn.khuyenhoc.registry.household;

import org.springframework.validation.BindingResult;

/** Values of the wrong type on a household page form become one message a user can act on. */
final class PageErrors {

    private PageErrors() {
    }

    /** A value of the wrong type (letters in a year): one message for the form, the values are kept. */
    static void badFields(BindingResult errors) {
        if (errors.hasFieldErrors()) {
            errors.reject("registry.form.invalid", "registry.form.invalid");
        }
    }
}

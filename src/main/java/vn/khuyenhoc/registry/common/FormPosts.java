package vn.khuyenhoc.registry.common;

import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * What a post from a registry page leads to: the change made and a redirect carrying its flash message, or the
 * problem a user can correct shown to them (on the form, or on the record's page), never an error page.
 */
public final class FormPosts {

    private FormPosts() {
    }

    /**
     * Makes the change unless the form already has errors; {@code change} answers the page to return to. A
     * refusal goes onto the form, which {@code formAgain} shows once more with the values kept.
     */
    public static String save(BindingResult errors, RedirectAttributes redirect, String doneKey,
                              Supplier<String> change, Supplier<String> formAgain) {
        if (errors.hasErrors()) {
            return formAgain.get();
        }
        try {
            String page = change.get();
            redirect.addFlashAttribute("flash", doneKey);
            return "redirect:" + page;
        } catch (InvalidInput e) {
            errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            return formAgain.get();
        }
    }

    /** Runs a change from a record's page and returns to it, with the outcome or the problem shown there. */
    public static String attempt(String page, RedirectAttributes redirect, String doneKey, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", doneKey);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problemKey", e.messageKey());
            redirect.addFlashAttribute("problemArgs", e.arguments());
        }
        return "redirect:" + page;
    }
}

package vn.khuyenhoc.registry.organisation;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khuyenhoc.shared.InvalidInput;

/** A change made from an organisation's page returns to it, with the outcome or the problem shown there. */
final class PageOutcome {

    private PageOutcome() {
    }

    static String attempt(long organisationId, RedirectAttributes redirect, String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", done);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problemKey", e.messageKey());
            redirect.addFlashAttribute("problemArgs", e.arguments());
        }
        return "redirect:/registry/organisations/" + organisationId;
    }
}

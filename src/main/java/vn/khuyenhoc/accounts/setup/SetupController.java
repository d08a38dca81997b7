package vn.khuyenhoc.accounts.setup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.khuyenhoc.accounts.PublicPage;
import vn.khuyenhoc.shared.InvalidInput;

/** First-time setup of a real installation: the form for the first administrator, while no account exists. */
@Controller
@PublicPage
@RequestMapping("/setup")
class SetupController {

    private final FirstAdministrator firstAdministrator;

    SetupController(FirstAdministrator firstAdministrator) {
        this.firstAdministrator = firstAdministrator;
    }

    @GetMapping
    String form(Model model) {
        requireNeeded();
        model.addAttribute("form", new SetupForm("", "", "", ""));
        return "accounts/setup";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") SetupForm form, BindingResult errors) {
        requireNeeded();
        if (!Objects.equals(form.password(), form.confirmation())) {
            errors.rejectValue("confirmation", "accounts.password.mismatch");
        }
        if (errors.hasErrors()) {
            return "accounts/setup";
        }
        try {
            firstAdministrator.create(form.username(), form.displayName(), form.password());
        } catch (InvalidInput e) {
            errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            return "accounts/setup";
        }
        return "redirect:/login?setup";
    }

    private void requireNeeded() {
        if (!firstAdministrator.needed()) {
            throw new FirstAdministrator.SetupDone();
        }
    }

    record SetupForm(@NotBlank String username, @NotBlank String displayName, @NotBlank String password,
                     @NotBlank String confirmation) {
    }
}

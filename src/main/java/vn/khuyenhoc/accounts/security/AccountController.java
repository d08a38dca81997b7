package vn.khuyenhoc.accounts.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.shared.InvalidInput;

/** The signed-in user's own pages: the home page and changing one's password. */
@Controller
@Access(allRoles = true)
class AccountController {

    private final AreaGuard guard;
    private final Accounts accounts;
    private final JdbcClient jdbc;

    AccountController(AreaGuard guard, Accounts accounts, JdbcClient jdbc) {
        this.guard = guard;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @GetMapping("/")
    String home(Model model) {
        var user = guard.requireUser();
        model.addAttribute("user", user);
        model.addAttribute("areaName", user.unitId() == null ? null
                : jdbc.sql("select name from geography_unit_current where unit_id = :id")
                        .param("id", user.unitId()).query(String.class).optional().orElse(null));
        return "accounts/home";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return "accounts/password";
    }

    @PostMapping("/account/password")
    @Access(allRoles = true, ownAccount = true)
    String changePassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult errors,
                          RedirectAttributes redirect) {
        if (!Objects.equals(form.replacement(), form.confirmation())) {
            errors.rejectValue("confirmation", "accounts.password.mismatch");
        }
        if (errors.hasErrors()) {
            return "accounts/password";
        }
        try {
            accounts.changeOwnPassword(guard.requireUser().id(), form.current(), form.replacement());
        } catch (InvalidInput e) {
            errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            return "accounts/password";
        }
        refreshPrincipal();
        redirect.addFlashAttribute("flash", "accounts.password.changed");
        return "redirect:/";
    }

    /** Clears the "must change password" mark in the session, so the user is not sent back to this page. */
    private static void refreshPrincipal() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            var updated = user.withPasswordChanged();
            var replaced = new UsernamePasswordAuthenticationToken(updated, null, updated.getAuthorities());
            SecurityContextHolder.getContext().setAuthentication(replaced);
        }
    }

    record PasswordForm(@NotBlank String current, @NotBlank String replacement, @NotBlank String confirmation) {
    }
}

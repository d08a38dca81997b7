package vn.khuyenhoc.accounts.user;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.shared.UserFacingException;

/**
 * One account: its details, and for a manager above it the changes (name, role, area), disabling or enabling
 * it and resetting its password. The guard admits only accounts of the manager's own area (kind "user").
 */
@Controller
@RequestMapping("/accounts/users/{id}")
@Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "user")
class UserDetailController {

    private final UserQueries queries;
    private final UserManagement management;
    private final AreaGuard guard;

    UserDetailController(UserQueries queries, UserManagement management, AreaGuard guard) {
        this.queries = queries;
        this.management = management;
        this.guard = guard;
    }

    @GetMapping
    String detail(@PathVariable long id, Model model) {
        UserRow user = load(id);
        model.addAttribute("form", new ChangeForm(user.displayName(), user.role(), user.areaCode(), user.version()));
        return page(user, model);
    }

    @PostMapping
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ChangeForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                management.update(id, form.version(), form.displayName(), form.role(), form.areaCode());
                redirect.addFlashAttribute("flash", "accounts.user.saved");
                return "redirect:/accounts/users/" + id;
            } catch (UserFacingException e) {
                Forms.reject(errors, e);
            }
        }
        return page(load(id), model);
    }

    @PostMapping("/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, @RequestParam int version,
                      RedirectAttributes redirect) {
        management.setEnabled(id, version, enabled);
        redirect.addFlashAttribute("flash", enabled ? "accounts.user.enabledDone" : "accounts.user.disabledDone");
        return "redirect:/accounts/users/" + id;
    }

    @PostMapping("/password")
    String resetPassword(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        redirect.addFlashAttribute("issued", management.resetPassword(id, version));
        return "redirect:/accounts/users/" + id;
    }

    private UserRow load(long id) {
        return queries.find(id).orElseThrow(() -> new NotFound("user", id));
    }

    private String page(UserRow user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("canManage", management.canManage(user));
        model.addAttribute("roles", Forms.rolesFor(guard.requireUser()));
        return "accounts/user/detail";
    }

    /** The changeable part of an account, with the version the form was opened at. */
    record ChangeForm(@NotBlank String displayName, @NotNull Role role, String areaCode, @NotNull Integer version) {
    }
}

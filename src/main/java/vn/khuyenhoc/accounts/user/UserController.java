package vn.khuyenhoc.accounts.user;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.shared.UserFacingException;
import vn.khuyenhoc.web.Htmx;

/**
 * The list of accounts a manager looks after, the form for a new one, and the area picker. Managers are
 * administrators and province and commune officers; each sees only the accounts of their own area.
 */
@Controller
@RequestMapping("/accounts/users")
@Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER})
class UserController {

    private final UserQueries queries;
    private final UserManagement management;
    private final Areas areas;
    private final AreaGuard guard;

    UserController(UserQueries queries, UserManagement management, Areas areas, AreaGuard guard) {
        this.queries = queries;
        this.management = management;
        this.areas = areas;
        this.guard = guard;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                Model model, HttpServletRequest request) {
        model.addAttribute("q", q);
        model.addAttribute("users", queries.page(q, page));
        return Htmx.view(request, "accounts/user/list", "rows");
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new AccountForm("", "", null, ""));
        return form(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            Created created = management.create(form.toNewAccount());
            redirect.addFlashAttribute("issued", created);
            return "redirect:/accounts/users/" + created.id();
        } catch (UserFacingException e) {
            Forms.reject(errors, e);
            return form(model);
        }
    }

    /** Suggestions for the area field: units of the manager's area (of the kind the chosen role needs). */
    @GetMapping("/areas")
    String areaOptions(@RequestParam(name = "areaCode", defaultValue = "") String query,
                       @RequestParam(required = false) Role role, Model model) {
        String kind = role == null ? null : role.areaKind();
        model.addAttribute("areas", areas.search(query, guard.currentScopePaths(), kind));
        return "accounts/user/form :: options";
    }

    private String form(Model model) {
        model.addAttribute("roles", Forms.rolesFor(guard.requireUser()));
        return "accounts/user/form";
    }

    /** The new-account form; the password is generated, never typed by the manager. */
    record AccountForm(@NotBlank String username, @NotBlank String displayName, @NotNull Role role,
                       String areaCode) {

        NewAccount toNewAccount() {
            return new NewAccount(username, displayName, role, areaCode);
        }
    }
}

package vn.khuyenhoc.registry.person;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.CITIZEN;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.UNIT_OFFICER;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
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
import vn.khuyenhoc.registry.ErasureReason;
import vn.khuyenhoc.registry.Persons;
import vn.khuyenhoc.registry.SchoolLevel;
import vn.khuyenhoc.registry.Sex;
import vn.khuyenhoc.registry.TargetGroup;
import vn.khuyenhoc.registry.common.FormPosts;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.UserFacingException;

/**
 * A person's page: what the registry holds about them (each visit is audited), the officer's correction form,
 * erasure on request and opening a citizen account. Exports are in {@link PersonExportController}.
 */
@Controller
@RequestMapping("/registry/persons/{id}")
class PersonController {

    private static final String DETAIL = "registry/person/detail";
    private static final String FORM = "registry/person/form";
    private final Persons persons;
    private final AreaGuard guard;
    private final MessageSource messages;

    PersonController(Persons persons, AreaGuard guard, MessageSource messages) {
        this.persons = persons;
        this.guard = guard;
        this.messages = messages;
    }

    @GetMapping
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, UNIT_OFFICER, CITIZEN},
            area = "id", kind = "person")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("person", persons.view(id));
        Role role = guard.requireUser().role();
        model.addAttribute("canEdit", role != CITIZEN);
        model.addAttribute("canErase", role != CITIZEN && role != UNIT_OFFICER);
        model.addAttribute("canOpenAccount", role.manageable().contains(CITIZEN));
        model.addAttribute("reasons", ErasureReason.values());
        return DETAIL;
    }

    @GetMapping("/edit")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, UNIT_OFFICER},
            area = "id", kind = "person", write = true)
    String edit(@PathVariable long id, Model model) {
        var person = persons.view(id);
        if (person.erased()) {
            throw new InvalidInput("registry.person.erased");
        }
        model.addAttribute("form", PersonForm.of(person));
        return form(model, id);
    }

    @PostMapping
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, UNIT_OFFICER},
            area = "id", kind = "person", write = true)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        form.data().normalised().problems()
                .forEach(p -> errors.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey()));
        return FormPosts.save(errors, redirect, "registry.person.saved", () -> {
            persons.update(id, form.data(), form.version());
            return "/registry/persons/" + id;
        }, () -> form(model, id));
    }

    /** The inline target-group picker of the citizens list: answers with the picker again, marked saved. */
    @PostMapping("/target-group")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, UNIT_OFFICER},
            area = "id", kind = "person", write = true)
    String targetGroup(@PathVariable long id, @RequestParam(required = false) TargetGroup targetGroup, Model model) {
        persons.setTargetGroup(id, targetGroup);
        model.addAttribute("personId", id);
        model.addAttribute("current", targetGroup);
        model.addAttribute("saved", true);
        model.addAttribute("targetGroups", TargetGroup.values());
        return "registry/citizen/list :: targetGroup";
    }

    @PostMapping("/erase")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER},
            area = "id", kind = "person", write = true)
    String erase(@PathVariable long id, @RequestParam ErasureReason reason, RedirectAttributes redirect) {
        persons.erase(id, reason);
        redirect.addFlashAttribute("flash", "registry.person.erasedDone");
        return "redirect:/registry/persons/" + id;
    }

    @PostMapping("/account")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "person", write = true)
    String openAccount(@PathVariable long id, @RequestParam String username, @RequestParam String password,
                       RedirectAttributes redirect, Locale locale) {
        try {
            persons.createCitizenAccount(id, username, password);
            redirect.addFlashAttribute("flash", "registry.person.accountCreated");
        } catch (UserFacingException e) {
            redirect.addFlashAttribute("accountProblem",
                    messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        }
        return "redirect:/registry/persons/" + id;
    }

    private String form(Model model, long id) {
        model.addAttribute("personId", id);
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("schoolLevels", SchoolLevel.values());
        return FORM;
    }
}

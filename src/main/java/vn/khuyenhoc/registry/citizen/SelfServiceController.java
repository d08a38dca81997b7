package vn.khuyenhoc.registry.citizen;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.registry.PersonDetail;
import vn.khuyenhoc.registry.Persons;
import vn.khuyenhoc.registry.TargetGroup;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * A citizen's own record ("Hồ sơ của tôi"): what the registry holds about them, their phone, occupation and
 * target group to correct, and a download of all their data. Households and organisations are read-only here.
 */
@Controller
@RequestMapping("/registry/me")
@Access(Role.CITIZEN)
class SelfServiceController {

    private static final String PAGE = "registry/citizen/me";
    private final Persons persons;

    SelfServiceController(Persons persons) {
        this.persons = persons;
    }

    @GetMapping
    String show(Model model) {
        PersonDetail person = persons.viewOwn();
        model.addAttribute("form", OwnForm.of(person));
        return page(model, person);
    }

    @PostMapping
    String update(@Valid @ModelAttribute("form") OwnForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                persons.updateOwn(form.phone(), form.occupation(), form.targetGroup(), form.version());
                redirect.addFlashAttribute("flash", "registry.me.saved");
                return "redirect:/registry/me";
            } catch (InvalidInput e) {
                errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return page(model, persons.viewOwn());
    }

    private static String page(Model model, PersonDetail person) {
        model.addAttribute("person", person);
        model.addAttribute("targetGroups", TargetGroup.values());
        return PAGE;
    }
}

package vn.khuyenhoc.registry.household;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.khuyenhoc.registry.Households;
import vn.khuyenhoc.registry.SchoolLevel;
import vn.khuyenhoc.registry.Sex;
import vn.khuyenhoc.registry.TargetGroup;
import vn.khuyenhoc.registry.common.FormPosts;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;

/** New households, corrections, moving a household to another village and closing it. */
@Controller
@RequestMapping("/registry/households")
@Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id", kind = "household",
        write = true)
class HouseholdFormController {

    private static final String FORM = "registry/household/form";
    private final Households households;
    private final HouseholdRecords records;
    private final HouseholdDetails details;
    private final HouseholdQueries queries;
    private final MessageSource messages;

    HouseholdFormController(Households households, HouseholdRecords records, HouseholdDetails details,
                            HouseholdQueries queries, MessageSource messages) {
        this.messages = messages;
        this.households = households;
        this.records = records;
        this.details = details;
        this.queries = queries;
    }

    @GetMapping("/new")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "village", write = true)
    String newForm(@RequestParam long village, Model model) {
        model.addAttribute("form", HouseholdPageForm.empty());
        return form(model, village, null);
    }

    @PostMapping
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "village", write = true)
    String create(@RequestParam long village, @ModelAttribute("form") HouseholdPageForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        PageErrors.badFields(errors);
        return FormPosts.save(errors, redirect, "registry.household.created",
                () -> "/registry/households/" + households.create(village, form.household(), form.head()),
                () -> form(model, village, null));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        var household = household(id);
        model.addAttribute("form", HouseholdPageForm.of(household));
        return form(model, household.villageId(), id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") HouseholdPageForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        var household = household(id);
        PageErrors.badFields(errors);
        return FormPosts.save(errors, redirect, "registry.household.saved", () -> {
            households.update(id, form.household());
            return "/registry/households/" + id;
        }, () -> form(model, household.villageId(), id));
    }

    @GetMapping("/{id}/move")
    String moveForm(@PathVariable long id, Model model) {
        return moveOrClose(id, model, "registry/household/move");
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable long id, @RequestParam(required = false) Long toVillage,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                @RequestParam(required = false) String newCode, Model model, Locale locale,
                RedirectAttributes redirect) {
        try {
            if (toVillage == null) {
                throw new InvalidInput("registry.household.villageMissing");
            }
            households.move(id, toVillage, on, newCode);
            redirect.addFlashAttribute("flash", "registry.household.moved");
            return "redirect:/registry/households/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
            model.addAttribute("newCode", newCode);
            return moveOrClose(id, model, "registry/household/move");
        }
    }

    @GetMapping("/{id}/close")
    String closeForm(@PathVariable long id, Model model) {
        return moveOrClose(id, model, "registry/household/close");
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                 Model model, Locale locale, RedirectAttributes redirect) {
        try {
            households.close(id, on);
            redirect.addFlashAttribute("flash", "registry.household.closedDone");
            return "redirect:/registry/households/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return moveOrClose(id, model, "registry/household/close");
        }
    }

    private String moveOrClose(long id, Model model, String view) {
        var detail = details.find(id);
        model.addAttribute("detail", detail);
        model.addAttribute("villages", queries.villagesOfArea().stream()
                .filter(v -> v.unitId() != detail.household().villageId()).toList());
        model.addAttribute("today", LocalDate.now());
        return view;
    }

    private HouseholdRecords.Household household(long id) {
        return records.find(id).orElseThrow(() -> new NotFound("household", id));
    }

    private String form(Model model, long villageId, Long householdId) {
        model.addAttribute("village", villageId);
        model.addAttribute("householdId", householdId);
        model.addAttribute("clans", details.clansOfCommuneOf(villageId));
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("schoolLevels", SchoolLevel.values());
        return FORM;
    }
}

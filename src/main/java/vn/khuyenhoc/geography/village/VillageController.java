package vn.khuyenhoc.geography.village;

import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.UnitTypes;
import jakarta.validation.Valid;
import java.time.LocalDate;
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
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;

/** Commune officers keep their villages; officers of communes that received a split commune place its villages. */
@Controller
@RequestMapping("/geography/villages")
class VillageController {

    private static final String FORM = "geography/village/form";
    private final Villages villages;
    private final VillagePlacements placements;
    private final VillageRecords records;
    private final AreaGuard guard;

    VillageController(Villages villages, VillagePlacements placements, VillageRecords records, AreaGuard guard) {
        this.villages = villages;
        this.placements = placements;
        this.records = records;
        this.guard = guard;
    }

    @GetMapping("/new")
    @Access(value = {Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER}, area = "commune", write = true)
    String newVillage(@RequestParam long commune, Model model) {
        model.addAttribute("form", VillageForm.empty());
        return form(model, commune, null);
    }

    @PostMapping
    @Access(value = {Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER}, area = "commune", write = true)
    String create(@RequestParam long commune, @Valid @ModelAttribute("form") VillageForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, commune, null);
        }
        try {
            long id = villages.create(commune, form);
            redirect.addFlashAttribute("flash", "geography.village.created");
            return "redirect:/geography/units/" + id;
        } catch (InvalidInput e) {
            errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            return form(model, commune, null);
        }
    }

    @GetMapping("/{id}/edit")
    @Access(value = {Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER}, area = "id", write = true)
    String edit(@PathVariable long id, Model model) {
        var current = records.versionOn(id, LocalDate.now()).filter(v -> v.kind().equals("VILLAGE"))
                .orElseThrow(() -> new NotFound("unit", id));
        model.addAttribute("form", new VillageForm(current.name(), current.typeName(), current.code(), null, current.token()));
        return form(model, current.parentId(), id);
    }

    @PostMapping("/{id}")
    @Access(value = {Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER}, area = "id", write = true)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") VillageForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Long commune = records.versionOn(id, LocalDate.now()).map(VillageRecords.Version::parentId).orElse(null);
        if (errors.hasErrors()) {
            return form(model, commune, id);
        }
        try {
            villages.update(id, form);
            redirect.addFlashAttribute("flash", "geography.village.saved");
            return "redirect:/geography/units/" + id;
        } catch (InvalidInput e) {
            errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            return form(model, commune, id);
        }
    }

    @GetMapping("/placements")
    @Access(value = {Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER})
    String placements(Model model) {
        model.addAttribute("pending", placements.pending(guard.currentScopePaths()));
        return "geography/village/placements";
    }

    @PostMapping("/{id}/place")
    @Access(value = {Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER}, area = "id", write = true)
    String place(@PathVariable long id, @RequestParam long commune, RedirectAttributes redirect) {
        placements.place(id, commune);
        redirect.addFlashAttribute("flash", "geography.placement.done");
        return "redirect:/geography/villages/placements";
    }

    private String form(Model model, Long commune, Long villageId) {
        model.addAttribute("commune", commune);
        model.addAttribute("villageId", villageId);
        model.addAttribute("types", UnitTypes.namesOf(UnitKind.VILLAGE));
        return FORM;
    }
}

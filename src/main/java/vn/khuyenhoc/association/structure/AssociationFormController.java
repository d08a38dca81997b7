package vn.khuyenhoc.association.structure;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.association.AssociationForm;
import vn.khuyenhoc.association.AssociationLevel;
import vn.khuyenhoc.association.AssociationMergers;
import vn.khuyenhoc.association.Associations;

/**
 * Founding an association of a province or commune in the user's area, closing a branch, and following a merger
 * of units that geography recorded (administrators and province officers).
 */
@Controller
@RequestMapping("/association")
class AssociationFormController {

    private final Associations associations;
    private final AssociationMergers mergers;
    private final StructureChoices choices;

    AssociationFormController(Associations associations, AssociationMergers mergers, StructureChoices choices) {
        this.associations = associations;
        this.mergers = mergers;
        this.choices = choices;
    }

    @GetMapping("/new")
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER})
    String form(Model model) {
        model.addAttribute("units", choices.foundable());
        model.addAttribute("mergers", choices.mergers());
        model.addAttribute("levels", AssociationLevel.values());
        model.addAttribute("today", LocalDate.now());
        return "association/structure/new";
    }

    @PostMapping
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, write = true)
    String open(@Valid @ModelAttribute AssociationForm form) {
        return "redirect:/association/units/" + associations.open(form);
    }

    @PostMapping("/branches/{id}/close")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "branch", write = true)
    String closeBranch(@org.springframework.web.bind.annotation.PathVariable long id,
                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                       @RequestParam long association) {
        associations.closeBranch(id, on);
        return "redirect:/association/units/" + association;
    }

    @PostMapping("/mergers")
    @Access(value = {ADMIN, PROVINCE_OFFICER}, area = "successor", write = true)
    String merge(@RequestParam long successor,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effective) {
        return "redirect:/association/units/" + mergers.followLineage(successor, effective).associationId();
    }
}

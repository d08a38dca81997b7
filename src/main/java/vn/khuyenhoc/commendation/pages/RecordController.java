package vn.khuyenhoc.commendation.pages;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.commendation.CommendationForm;
import vn.khuyenhoc.commendation.CommendationKind;
import vn.khuyenhoc.commendation.Commendations;
import vn.khuyenhoc.commendation.RecipientKind;

/** Recording a commendation from its decision, the recipient found by name among those of the user's area. */
@Controller
@RequestMapping("/commendations")
class RecordController {

    private final Commendations commendations;
    private final ChoiceQueries choices;
    private final AreaGuard guard;

    RecordController(Commendations commendations, ChoiceQueries choices, AreaGuard guard) {
        this.commendations = commendations;
        this.choices = choices;
        this.guard = guard;
    }

    @GetMapping("/new")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, write = true)
    String form(Model model) {
        model.addAttribute("kinds", CommendationKind.values());
        model.addAttribute("recipientKinds", RecipientKind.values());
        model.addAttribute("units", choices.areaUnits(guard.requireUser().unitId()));
        model.addAttribute("year", LocalDate.now().getYear());
        model.addAttribute("today", LocalDate.now());
        return "commendation/form";
    }

    @GetMapping("/recipients")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, write = true)
    String recipients(@RequestParam(required = false) RecipientKind recipientKind,
                      @RequestParam(required = false) String q, Model model) {
        model.addAttribute("recipients", recipientKind == null ? java.util.List.of()
                : choices.recipients(recipientKind, q, AreaGuard.likePrefixes(guard.currentScopePaths())));
        return "commendation/form :: recipients";
    }

    @PostMapping
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, write = true)
    String record(@ModelAttribute CommendationForm form) {
        commendations.record(form);
        return "redirect:/commendations?year=" + form.year();
    }
}

package vn.khuyenhoc.commendation.pages;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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

    /** Recipients found by name; for row {@code row} of the proposal form, the kind is that row's field. */
    @GetMapping("/recipients")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, write = true)
    String recipients(@RequestParam(required = false) RecipientKind recipientKind,
                      @RequestParam(required = false) Integer row, @RequestParam(required = false) String q,
                      HttpServletRequest request, Model model) {
        RecipientKind kind = row == null ? recipientKind : parse(request.getParameter("items[" + row + "].recipientKind"));
        model.addAttribute("recipients", kind == null ? List.of()
                : choices.recipients(kind, q, AreaGuard.likePrefixes(guard.currentScopePaths())));
        model.addAttribute("row", row);
        return "commendation/form :: recipients";
    }

    private static RecipientKind parse(String kind) {
        return Arrays.stream(RecipientKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
    }

    @PostMapping
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, write = true)
    String record(@ModelAttribute CommendationForm form) {
        commendations.record(form);
        return "redirect:/commendations?year=" + form.year();
    }
}

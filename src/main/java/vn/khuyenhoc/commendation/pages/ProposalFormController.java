package vn.khuyenhoc.commendation.pages;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.commendation.CommendationKind;
import vn.khuyenhoc.commendation.Commendations;
import vn.khuyenhoc.commendation.ProposalForm;
import vn.khuyenhoc.commendation.RecipientKind;

/**
 * Composing a proposal on one page: the proposing unit (the user's own), the unit above it it goes to, and up to
 * ten rows of a form of commendation, a recipient found by name and the reason; rows left blank are dropped.
 */
@Controller
@RequestMapping("/commendations/proposals")
class ProposalFormController {

    static final int ROWS = 10;
    private final Commendations commendations;
    private final ChoiceQueries choices;
    private final AreaGuard guard;

    ProposalFormController(Commendations commendations, ChoiceQueries choices, AreaGuard guard) {
        this.commendations = commendations;
        this.choices = choices;
        this.guard = guard;
    }

    @GetMapping("/new")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, write = true)
    String form(Model model) {
        Long own = guard.requireUser().unitId();
        model.addAttribute("from", own == null ? null : choices.unit(own).orElse(null));
        model.addAttribute("above", own == null ? List.of() : choices.above(own));
        model.addAttribute("kinds", CommendationKind.values());
        model.addAttribute("recipientKinds", RecipientKind.values());
        model.addAttribute("rows", IntStream.range(0, ROWS).boxed().toList());
        model.addAttribute("year", LocalDate.now().getYear());
        model.addAttribute("today", LocalDate.now());
        return "commendation/proposal-form";
    }

    @PostMapping
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, write = true)
    String propose(@ModelAttribute ProposalForm form) {
        return "redirect:/commendations/proposals/" + commendations.propose(form.withoutBlankItems());
    }
}

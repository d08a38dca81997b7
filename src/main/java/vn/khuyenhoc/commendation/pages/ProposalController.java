package vn.khuyenhoc.commendation.pages;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.commendation.Commendations;
import vn.khuyenhoc.commendation.DecisionForm;
import vn.khuyenhoc.shared.NotFound;

/**
 * Proposals sent from or to the user's area; one proposal with its items, and for the receiving unit the form
 * that decides it: each item accepted (ticked) or rejected with a reason.
 */
@Controller
@RequestMapping("/commendations/proposals")
class ProposalController {

    private final ProposalQueries proposals;
    private final Commendations commendations;
    private final AreaGuard guard;

    ProposalController(ProposalQueries proposals, Commendations commendations, AreaGuard guard) {
        this.proposals = proposals;
        this.commendations = commendations;
        this.guard = guard;
    }

    @GetMapping
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER})
    String list(Model model) {
        var user = guard.requireUser();
        model.addAttribute("proposals", proposals.find(AreaGuard.likePrefixes(guard.scopePaths(user))));
        model.addAttribute("canPropose", !user.role().readOnly() && user.unitId() != null);
        return "commendation/proposals";
    }

    @GetMapping("/{id}")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id",
            kind = "commendation-proposal")
    String show(@PathVariable long id, Model model) {
        var proposal = proposals.one(id).orElseThrow(() -> new NotFound("commendation-proposal", id));
        model.addAttribute("proposal", proposal);
        model.addAttribute("items", proposals.items(id));
        model.addAttribute("canDecide", !proposal.decided() && guard.canWrite(proposal.toUnitId()));
        model.addAttribute("today", LocalDate.now());
        return "commendation/proposal";
    }

    @PostMapping("/{id}/decision")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "commendation-proposal",
            write = true)
    String decide(@PathVariable long id, @RequestParam(required = false) String issuingBody,
                  @RequestParam(required = false) String decisionNumber,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
                  @RequestParam(required = false) List<Long> accepted, @RequestParam Map<String, String> params) {
        var outcomes = proposals.items(id).stream().map(item -> new DecisionForm.Outcome(item.id(),
                accepted != null && accepted.contains(item.id()), params.get("reason-" + item.id()))).toList();
        commendations.decide(id, new DecisionForm(issuingBody, decisionNumber, decisionDate, outcomes));
        return "redirect:/commendations/proposals/" + id;
    }
}

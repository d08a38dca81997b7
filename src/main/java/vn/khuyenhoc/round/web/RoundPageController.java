package vn.khuyenhoc.round.web;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
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
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.round.DecisionForm;
import vn.khuyenhoc.round.Decisions;
import vn.khuyenhoc.round.RegistrationStatus;
import vn.khuyenhoc.round.Registrations;
import vn.khuyenhoc.round.RoundView;
import vn.khuyenhoc.round.Rounds;
import vn.khuyenhoc.round.Step;
import vn.khuyenhoc.shared.Text;
import vn.khuyenhoc.web.Htmx;

/**
 * The rounds of my area and a round's page: its deadlines, its registrations filtered by status and village,
 * ticking households of a village to register them, ticking accepted ones to propose them, and the decision
 * form over each proposal sent.
 */
@Controller
@RequestMapping("/rounds")
class RoundPageController {

    private final Rounds rounds;
    private final Registrations registrations;
    private final Decisions decisions;
    private final RoundPageQueries queries;
    private final AreaGuard guard;

    RoundPageController(Rounds rounds, Registrations registrations, Decisions decisions, RoundPageQueries queries,
                        AreaGuard guard) {
        this.rounds = rounds;
        this.registrations = registrations;
        this.decisions = decisions;
        this.queries = queries;
        this.guard = guard;
    }

    @GetMapping
    @Access(allRoles = true)
    String list(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("rounds", rounds.ofMyArea(year));
        model.addAttribute("today", LocalDate.now());
        return "round/list";
    }

    @GetMapping("/{id}")
    @Access(allRoles = true, area = "id", kind = "round")
    String round(@PathVariable long id, @RequestParam(required = false) RegistrationStatus status,
                 @RequestParam(required = false) Long unit, @RequestParam(defaultValue = "") String q,
                 HttpServletRequest request, Model model) {
        RoundView round = rounds.require(id);
        var user = guard.requireUser();
        Long village = unit != null ? unit : user.role() == Role.BRANCH_OFFICER ? user.unitId() : null;
        model.addAttribute("round", round);
        model.addAttribute("status", status);
        model.addAttribute("unit", village);
        model.addAttribute("statuses", RegistrationStatus.values());
        model.addAttribute("villages", queries.villagesOf(round.areaUnitId()));
        model.addAttribute("registrations", registrations.ofRound(id, status, village));
        model.addAttribute("candidates", village == null || !"household".equals(round.title().subject()) ? List.of()
                : queries.unregisteredHouseholds(id, village, Text.escapeLike(Text.normalise(q))));
        model.addAttribute("householdRound", "household".equals(round.title().subject())
                && !guard.requireUser().role().readOnly());
        model.addAttribute("q", q);
        model.addAttribute("proposals", decisions.proposals(id));
        model.addAttribute("proposer", guard.canWrite(round.areaUnitId())
                && rounds.chainOf(id).allows(user.role(), Step.PROPOSE));
        model.addAttribute("recogniser", guard.canWrite(round.areaUnitId())
                && rounds.chainOf(id).allows(user.role(), Step.RECOGNISE));
        return Htmx.view(request, "round/round", "registrations");
    }

    @PostMapping("/{id}/registrations")
    @Access(allRoles = true, write = true)
    String register(@PathVariable long id, @RequestParam(name = "subject", required = false) List<Long> subjects,
                    @RequestParam(required = false) Long unit) {
        registrations.registerMany(id, subjects == null ? List.of() : subjects);
        return "redirect:/rounds/" + id + (unit == null ? "" : "?unit=" + unit);
    }

    @PostMapping("/{id}/proposals")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round", write = true)
    String propose(@PathVariable long id,
                   @RequestParam(name = "registration", required = false) List<Long> ticked) {
        decisions.propose(id, ticked == null ? List.of() : ticked);
        return "redirect:/rounds/" + id;
    }

    @PostMapping("/{id}/proposals/{proposalId}/decision")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round", write = true)
    String decide(@PathVariable long id, @PathVariable long proposalId, @RequestParam int version,
                  @RequestParam String number, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                  LocalDate signedOn, @RequestParam String signerName, @RequestParam String signerTitle,
                  @RequestParam String issuingBody) {
        var form = new DecisionForm(number, signedOn, signerName, signerTitle, issuingBody, null);
        if (decisions.proposals(id).stream().noneMatch(p -> p.id() == proposalId)) {
            throw new vn.khuyenhoc.shared.NotFound("proposal", proposalId);
        }
        decisions.decide(proposalId, version, form, List.of());
        return "redirect:/rounds/" + id;
    }
}

package vn.khuyenhoc.round.web;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.round.Chain;
import vn.khuyenhoc.round.DecisionForm;
import vn.khuyenhoc.round.Decisions;
import vn.khuyenhoc.round.Proposal;
import vn.khuyenhoc.round.Registration;
import vn.khuyenhoc.round.RegistrationStatus;
import vn.khuyenhoc.round.Registrations;
import vn.khuyenhoc.round.RoundForm;
import vn.khuyenhoc.round.RoundView;
import vn.khuyenhoc.round.Rounds;
import vn.khuyenhoc.shared.NotFound;

/**
 * Rounds as JSON: opening, registering, proposing and deciding. Steps on many subjects check the chain and the
 * area of each subject in the service, so their routes name no area for the guard.
 */
@RestController
@RequestMapping("/api/v1/rounds")
class RoundApiController {

    private final Rounds rounds;
    private final Registrations registrations;
    private final Decisions decisions;

    RoundApiController(Rounds rounds, Registrations registrations, Decisions decisions) {
        this.rounds = rounds;
        this.registrations = registrations;
        this.decisions = decisions;
    }

    record Subjects(List<Long> subjects) {
    }

    record ProposalForm(List<Long> registrations) {
    }

    record DecisionRequest(int proposalVersion, DecisionForm decision, List<Long> leftOut) {
    }

    record RevocationRequest(List<Long> recognitions, DecisionForm decision) {
    }

    @GetMapping
    @Operation(summary = "Rounds of the caller's area and the rounds above it that cover it")
    @Access(allRoles = true)
    List<RoundView> list(@RequestParam(required = false) Integer year) {
        return rounds.ofMyArea(year);
    }

    @PostMapping
    @Operation(summary = "Opens a round for a title and a year in an area with a criteria set in force")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, write = true)
    ResponseEntity<Map<String, Long>> open(@RequestBody RoundForm form) {
        long id = rounds.open(form);
        return ResponseEntity.created(URI.create("/api/v1/rounds/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A round")
    @Access(allRoles = true, area = "id", kind = "round")
    RoundView get(@PathVariable long id) {
        return rounds.require(id);
    }

    @GetMapping("/{id}/chain")
    @Operation(summary = "The approval chain the round follows: the lowest level for each step")
    @Access(allRoles = true, area = "id", kind = "round")
    Chain chain(@PathVariable long id) {
        return rounds.chainOf(id);
    }

    @GetMapping("/{id}/registrations")
    @Operation(summary = "The round's registrations the caller may see, optionally of one status and one unit")
    @Access(allRoles = true, area = "id", kind = "round")
    List<Registration> registrations(@PathVariable long id, @RequestParam(required = false) RegistrationStatus status,
                                     @RequestParam(required = false) Long unit) {
        rounds.require(id);
        return registrations.ofRound(id, status, unit);
    }

    @PostMapping("/{id}/registrations")
    @Operation(summary = "Registers the listed subjects (household, clan, village, organisation, person…) at once")
    @Access(allRoles = true, write = true)
    ResponseEntity<Map<String, List<Long>>> register(@PathVariable long id, @RequestBody Subjects body) {
        return ResponseEntity.status(201).body(Map.of("registrations",
                registrations.registerMany(id, body.subjects() == null ? List.of() : body.subjects())));
    }

    @GetMapping("/{id}/proposals")
    @Operation(summary = "The proposals sent in the round, with their count and rate")
    @Access(allRoles = true, area = "id", kind = "round")
    List<Proposal> proposals(@PathVariable long id) {
        return decisions.proposals(id);
    }

    @PostMapping("/{id}/proposals")
    @Operation(summary = "Sends the accepted registrations listed to the recognising level in one step")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round", write = true)
    ResponseEntity<Proposal> propose(@PathVariable long id, @RequestBody ProposalForm body) {
        return ResponseEntity.status(201).body(decisions.propose(id,
                body.registrations() == null ? List.of() : body.registrations()));
    }

    @PostMapping("/{id}/proposals/{proposalId}/decision")
    @Operation(summary = "Records the decision over a proposal; the listed registrations are left out")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round", write = true)
    ResponseEntity<Map<String, Long>> decide(@PathVariable long id, @PathVariable long proposalId,
                                             @RequestBody DecisionRequest body) {
        if (decisions.proposals(id).stream().noneMatch(p -> p.id() == proposalId)) {
            throw new NotFound("proposal", proposalId);
        }
        long decision = decisions.decide(proposalId, body.proposalVersion(), body.decision(),
                body.leftOut() == null ? List.of() : body.leftOut());
        return ResponseEntity.status(201).body(Map.of("decision", decision));
    }

    @PostMapping("/{id}/revocations")
    @Operation(summary = "Records a later decision that revokes recognitions of the round")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "round", write = true)
    ResponseEntity<Map<String, Long>> revoke(@PathVariable long id, @RequestBody RevocationRequest body) {
        long decision = decisions.revoke(id, body.recognitions() == null ? List.of() : body.recognitions(),
                body.decision());
        return ResponseEntity.status(201).body(Map.of("decision", decision));
    }
}

package vn.khuyenhoc.commendation.pages;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

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
import org.springframework.web.bind.annotation.RestController;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.commendation.CommendationForm;
import vn.khuyenhoc.commendation.Commendations;
import vn.khuyenhoc.commendation.DecisionForm;
import vn.khuyenhoc.commendation.ProposalForm;
import vn.khuyenhoc.shared.NotFound;

/** Commendations and proposals as JSON, with the same rules as the pages. */
@RestController
@RequestMapping("/api/v1/commendations")
class CommendationApiController {

    private final Commendations commendations;
    private final CommendationQueries queries;
    private final ProposalQueries proposals;
    private final AreaGuard guard;

    CommendationApiController(Commendations commendations, CommendationQueries queries, ProposalQueries proposals,
                              AreaGuard guard) {
        this.commendations = commendations;
        this.queries = queries;
        this.proposals = proposals;
        this.guard = guard;
    }

    record Listing(long collectives, long persons, List<CommendationQueries.Row> commendations) {
    }

    record ProposalView(ProposalQueries.Proposal proposal, List<ProposalQueries.Item> items) {
    }

    @GetMapping
    @Operation(summary = "Commendations in the caller's area, filtered by year, unit (unitId), kind and collective")
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER})
    Listing list(CommendationQueries.Filter filter) {
        var rows = queries.find(filter, AreaGuard.likePrefixes(guard.currentScopePaths()));
        long collectives = rows.stream().filter(CommendationQueries.Row::collective).count();
        return new Listing(collectives, rows.size() - collectives, rows);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One commendation")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id",
            kind = "commendation")
    CommendationQueries.Row get(@PathVariable long id) {
        return queries.one(id).orElseThrow(() -> new NotFound("commendation", id));
    }

    @PostMapping
    @Operation(summary = "Records a commendation from its decision")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, write = true)
    ResponseEntity<Map<String, Long>> record(@RequestBody CommendationForm form) {
        long id = commendations.record(form);
        return ResponseEntity.created(URI.create("/api/v1/commendations/" + id)).body(Map.of("id", id));
    }

    @PostMapping("/proposals")
    @Operation(summary = "Sends a proposal with its items from a unit to a unit above it")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, write = true)
    ResponseEntity<Map<String, Long>> propose(@RequestBody ProposalForm form) {
        long id = commendations.propose(form);
        return ResponseEntity.created(URI.create("/api/v1/commendations/proposals/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/proposals/{id}")
    @Operation(summary = "A proposal with its items and their outcomes")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id",
            kind = "commendation-proposal")
    ProposalView proposal(@PathVariable long id) {
        var proposal = proposals.one(id).orElseThrow(() -> new NotFound("commendation-proposal", id));
        return new ProposalView(proposal, proposals.items(id));
    }

    @PostMapping("/proposals/{id}/decision")
    @Operation(summary = "Decides a whole proposal: every item accepted or rejected with a reason")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "commendation-proposal",
            write = true)
    Map<String, List<Long>> decide(@PathVariable long id, @RequestBody DecisionForm form) {
        return Map.of("commendations", commendations.decide(id, form));
    }
}

package vn.khuyenhoc.association.structure;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.association.AssociationForm;
import vn.khuyenhoc.association.AssociationMergers;
import vn.khuyenhoc.association.Associations;
import vn.khuyenhoc.association.BoardForm;
import vn.khuyenhoc.association.BranchForm;
import vn.khuyenhoc.association.OfficerForm;
import vn.khuyenhoc.shared.NotFound;

/** Association units, their branches, boards, officers and mergers as JSON, with the same rules as the pages. */
@RestController
@RequestMapping("/api/v1/associations")
class AssociationApiController {

    private final Associations associations;
    private final AssociationMergers mergers;
    private final StructureQueries queries;

    AssociationApiController(Associations associations, AssociationMergers mergers, StructureQueries queries) {
        this.associations = associations;
        this.mergers = mergers;
        this.queries = queries;
    }

    record Detail(StructureQueries.UnitRow association, List<StructureQueries.LinkRow> predecessors,
                  List<StructureQueries.LinkRow> successors, List<StructureQueries.BranchRow> branches,
                  List<StructureQueries.BoardRow> boards, List<StructureQueries.OfficerRow> officers) {
    }

    @GetMapping
    @Operation(summary = "Association units of the caller's area, 50 a page")
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER})
    Listing<StructureQueries.UnitRow> list(@RequestParam(defaultValue = "") String q,
                                           @RequestParam(defaultValue = "0") int page) {
        return queries.page(q, Math.max(page, 0));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An association with its lineage, branches, boards and officers")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "association")
    Detail get(@PathVariable long id) {
        var unit = queries.find(id).orElseThrow(() -> new NotFound("association", id));
        return new Detail(unit, queries.predecessors(id), queries.successors(id), queries.branches(id),
                queries.boards(id), queries.officers(id));
    }

    @PostMapping
    @Operation(summary = "Opens an association of a province, district (before 1/7/2025) or commune")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, write = true)
    ResponseEntity<Map<String, Long>> open(@Valid @RequestBody AssociationForm form) {
        long id = associations.open(form);
        return ResponseEntity.created(URI.create("/api/v1/associations/" + id)).body(Map.of("id", id));
    }

    @PostMapping("/{id}/branches")
    @Operation(summary = "Opens a branch in a village or organisation of the commune")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "association", write = true)
    Map<String, Long> addBranch(@PathVariable long id, @Valid @RequestBody BranchForm form) {
        return Map.of("id", associations.addBranch(id, form));
    }

    @PostMapping("/{id}/boards")
    @Operation(summary = "Opens a study-promotion board in a clan or organisation of the commune")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "association", write = true)
    Map<String, Long> addBoard(@PathVariable long id, @Valid @RequestBody BoardForm form) {
        return Map.of("id", associations.addBoard(id, form));
    }

    @PostMapping("/branches/{id}/close")
    @Operation(summary = "Closes a branch on the day (its members stay in it until moved)")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "branch", write = true)
    ResponseEntity<Void> closeBranch(@PathVariable long id,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        associations.closeBranch(id, on);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/officers")
    @Operation(summary = "Appoints an officer of an association, branch or board for a term")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, write = true)
    Map<String, Long> appoint(@Valid @RequestBody OfficerForm form) {
        return Map.of("id", associations.appoint(form));
    }

    @PostMapping("/mergers")
    @Operation(summary = "Merges the associations as geography merged their units into the successor on the day")
    @Access(value = {ADMIN, PROVINCE_OFFICER}, area = "successor", write = true)
    AssociationMergers.Merged merge(@RequestParam long successor,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effective) {
        return mergers.followLineage(successor, effective);
    }

}

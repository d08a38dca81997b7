package vn.khuyenhoc.association.member;

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
import vn.khuyenhoc.association.JoinForm;
import vn.khuyenhoc.association.Members;
import vn.khuyenhoc.association.MembershipStatus;
import vn.khuyenhoc.association.structure.Listing;
import vn.khuyenhoc.shared.NotFound;

/** Members as JSON, with the same rules as the pages. */
@RestController
@RequestMapping("/api/v1/members")
class MemberApiController {

    private final Members members;
    private final MemberQueries queries;

    MemberApiController(Members members, MemberQueries queries) {
        this.members = members;
        this.queries = queries;
    }

    record Detail(MemberQueries.MemberRow member, List<MemberQueries.PlacementRow> branches, List<LocalDate> dues) {
    }

    @GetMapping
    @Operation(summary = "Members of the caller's area, 50 a page, in Vietnamese order")
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER})
    Listing<MemberQueries.MemberRow> list(@RequestParam(required = false) Long association,
                                          @RequestParam(required = false) Long branch,
                                          @RequestParam(defaultValue = "") String q,
                                          @RequestParam(defaultValue = "0") int page) {
        return queries.page(new MemberQueries.Filter(association, branch, q, page));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A member with their branch history and dues")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "member")
    Detail get(@PathVariable long id) {
        var member = queries.find(id).orElseThrow(() -> new NotFound("member", id));
        return new Detail(member, queries.placements(id), queries.dues(id));
    }

    @GetMapping("/{id}/status")
    @Operation(summary = "A member's status on a day under the dated rules")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "member")
    Map<String, Object> status(@PathVariable long id,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        MembershipStatus status = members.statusOn(id, on);
        return Map.of("on", on, "status", status == null ? "NOT_YET" : status.name());
    }

    @PostMapping
    @Operation(summary = "A registry person joins a branch; a blank card number gets the next one")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "branchId", kind = "branch", write = true)
    ResponseEntity<Map<String, Long>> join(@Valid @RequestBody JoinForm form) {
        long id = members.join(form);
        return ResponseEntity.created(URI.create("/api/v1/members/" + id)).body(Map.of("id", id));
    }

    @PostMapping("/{id}/transfer")
    @Operation(summary = "Moves the member to another branch of the association from the day on")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id", kind = "member", write = true)
    ResponseEntity<Void> transfer(@PathVariable long id, @RequestParam long branchId,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        members.transfer(id, branchId, on);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/leave")
    @Operation(summary = "The member leaves the association on the day")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id", kind = "member", write = true)
    ResponseEntity<Void> leave(@PathVariable long id,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        members.leave(id, on);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/dues")
    @Operation(summary = "Records dues paid on a day (amount in đồng, optional)")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id", kind = "member", write = true)
    ResponseEntity<Void> dues(@PathVariable long id,
                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
                              @RequestParam(required = false) Long amount) {
        members.recordDues(id, paidOn, amount);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/card")
    @Operation(summary = "Corrects the card number; refused when it is no longer the number the caller saw")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id", kind = "member", write = true)
    ResponseEntity<Void> card(@PathVariable long id, @RequestParam String shown, @RequestParam String cardNumber) {
        members.correctCard(id, shown, cardNumber);
        return ResponseEntity.noContent().build();
    }
}

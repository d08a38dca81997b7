package vn.khuyenhoc.registry.household;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.registry.HouseholdForm;
import vn.khuyenhoc.registry.HouseholdMembers;
import vn.khuyenhoc.registry.Households;
import vn.khuyenhoc.registry.MemberForm;
import vn.khuyenhoc.registry.common.PageOf;
import vn.khuyenhoc.registry.common.PersonData;
import vn.khuyenhoc.shared.InvalidInput;

/** Households as JSON: the same operations and rules as the pages. */
@RestController
@RequestMapping("/api/v1/households")
@Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id", kind = "household",
        write = true)
class HouseholdApiController {

    private final Households households;
    private final HouseholdMembers members;
    private final HouseholdQueries queries;
    private final HouseholdDetails details;

    HouseholdApiController(Households households, HouseholdMembers members, HouseholdQueries queries,
                           HouseholdDetails details) {
        this.households = households;
        this.members = members;
        this.queries = queries;
        this.details = details;
    }

    /** A new household: its fields and its head. */
    record NewHousehold(String code, String address, String phone, Long clanId, LocalDate since, PersonData head) {
    }

    record Move(Long toVillage, LocalDate on, String newCode) {
    }

    record Close(LocalDate on) {
    }

    @GetMapping
    @Operation(summary = "Households of the caller's area, 50 per page, filtered like the list page")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "village")
    PageOf<HouseholdRow> list(@RequestParam(required = false) Long village,
                                        @RequestParam(defaultValue = "") String q,
                                        @RequestParam(defaultValue = "false") boolean closed,
                                        @RequestParam(defaultValue = "0") int page) {
        return queries.page(new HouseholdFilter(village, q, closed, page));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A household with its members, residence history and consent")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id",
            kind = "household")
    HouseholdDetails.Detail get(@PathVariable long id) {
        return details.find(id);
    }

    @PostMapping
    @Operation(summary = "Create a household with its head in a village")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "village", write = true)
    ResponseEntity<Map<String, Long>> create(@RequestParam long village, @RequestBody NewHousehold body) {
        long id = households.create(village, new HouseholdForm(body.code(), body.address(), body.phone(),
                body.clanId(), body.since(), null), body.head());
        return ResponseEntity.created(URI.create("/api/v1/households/" + id)).body(Map.of("id", id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a household; the body carries the version it was read at")
    ResponseEntity<Void> update(@PathVariable long id, @RequestBody HouseholdForm body) {
        households.update(id, body);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Add a member")
    ResponseEntity<Map<String, Long>> addMember(@PathVariable long id, @RequestBody MemberForm body) {
        long member = members.addMember(id, body);
        return ResponseEntity.created(URI.create("/api/v1/households/" + id)).body(Map.of("id", member));
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "Move a household to another village from a date")
    ResponseEntity<Void> move(@PathVariable long id, @RequestBody Move body) {
        if (body.toVillage() == null) {
            throw new InvalidInput("registry.household.villageMissing");
        }
        households.move(id, body.toVillage(), body.on(), body.newCode());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close a household on a date")
    ResponseEntity<Void> close(@PathVariable long id, @RequestBody Close body) {
        households.close(id, body.on());
        return ResponseEntity.noContent().build();
    }
}

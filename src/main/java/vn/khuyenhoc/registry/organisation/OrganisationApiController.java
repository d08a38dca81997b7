package vn.khuyenhoc.registry.organisation;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.UNIT_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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
import vn.khuyenhoc.registry.ManagingLevel;
import vn.khuyenhoc.registry.OrganisationForm;
import vn.khuyenhoc.registry.OrganisationKind;
import vn.khuyenhoc.registry.Organisations;
import vn.khuyenhoc.registry.Sex;
import vn.khuyenhoc.registry.TargetGroup;
import vn.khuyenhoc.registry.common.PageOf;
import vn.khuyenhoc.registry.common.PersonData;
import vn.khuyenhoc.shared.NotFound;

/** Organisations and their staff as JSON, with the same rules as the pages (a unit officer: their own only). */
@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationApiController {

    private final Organisations organisations;
    private final OrganisationQueries queries;
    private final StaffQueries staff;
    private final OrganisationAccess access;

    OrganisationApiController(Organisations organisations, OrganisationQueries queries, StaffQueries staff,
                              OrganisationAccess access) {
        this.organisations = organisations;
        this.queries = queries;
        this.staff = staff;
        this.access = access;
    }

    /** A member of staff to add: {@code personId} names a person already in the commune's registry; otherwise
     *  the person's data makes a new record. */
    record NewStaff(Long personId, String fullName, Integer birthYear, Sex sex, String phone, String occupation,
                    TargetGroup targetGroup, String position, LocalDate joinedOn) {
    }

    @GetMapping
    @Operation(summary = "Organisations of the caller's area, 50 a page, in Vietnamese order")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "commune", kind = "commune")
    PageOf<OrganisationQueries.OrganisationRow> list(@RequestParam(required = false) Long commune,
            @RequestParam(required = false) OrganisationKind kind, @RequestParam(required = false) ManagingLevel level,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page) {
        return queries.page(new OrganisationQueries.Filter(commune, kind, level, q, page));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An organisation, with its declared and recorded staff counts")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER, UNIT_OFFICER}, area = "id", kind = "organisation")
    OrganisationQueries.OrganisationRow get(@PathVariable long id) {
        var organisation = queries.find(id).orElseThrow(() -> new NotFound("organisation", id));
        return organisation;
    }

    @PostMapping
    @Operation(summary = "Creates an organisation in the commune; a blank code gets the next DV-NNN")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "commune", write = true)
    ResponseEntity<Map<String, Long>> create(@RequestParam long commune, @Valid @RequestBody OrganisationForm form) {
        long id = organisations.create(commune, form);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + id)).body(Map.of("id", id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Changes an organisation; the body carries the version it was read at")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, UNIT_OFFICER}, area = "id", kind = "organisation",
            write = true)
    ResponseEntity<Void> update(@PathVariable long id, @Valid @RequestBody OrganisationForm form) {
        organisations.update(id, form);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/staff")
    @Operation(summary = "The staff of an organisation, those serving first, then those who left")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, UNIT_OFFICER}, area = "id", kind = "organisation")
    List<StaffQueries.StaffRow> staff(@PathVariable long id) {
        return staff.of(id);
    }

    @PostMapping("/{id}/staff")
    @Operation(summary = "Adds a member of staff: a person of the commune by id, or a new person")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, UNIT_OFFICER}, area = "id", kind = "organisation",
            write = true)
    ResponseEntity<Map<String, Long>> addStaff(@PathVariable long id, @RequestBody NewStaff body) {
        long staffId = body.personId() != null
                ? organisations.addExistingPerson(id, body.personId(), body.position(), body.joinedOn())
                : organisations.addStaff(id, new PersonData(body.fullName(), body.birthYear(), body.sex(),
                        body.phone(), body.occupation(), body.targetGroup(), null), body.position(), body.joinedOn());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + id + "/staff")).body(Map.of("id", staffId));
    }
}

package vn.khuyenhoc.registry.person;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.CITIZEN;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.UNIT_OFFICER;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.registry.ErasureReason;
import vn.khuyenhoc.registry.PersonDetail;
import vn.khuyenhoc.registry.Persons;

/** Persons as JSON: the same operations and rules as the pages; every read is audited. */
@RestController
@RequestMapping("/api/v1/persons/{id}")
class PersonApiController {

    private final Persons persons;

    PersonApiController(Persons persons) {
        this.persons = persons;
    }

    @GetMapping
    @Operation(summary = "A person with households, positions and consents (the read is audited)")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, UNIT_OFFICER, CITIZEN},
            area = "id", kind = "person")
    PersonDetail get(@PathVariable long id) {
        return persons.view(id);
    }

    @PutMapping
    @Operation(summary = "Correct a person; the version must be the one read")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, UNIT_OFFICER},
            area = "id", kind = "person", write = true)
    ResponseEntity<Void> update(@PathVariable long id, @Valid @RequestBody PersonForm form) {
        persons.update(id, form.data(), form.version());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/export")
    @Operation(summary = "Everything held about a person, as a JSON download (audited)")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, UNIT_OFFICER, CITIZEN},
            area = "id", kind = "person")
    ResponseEntity<PersonDetail> export(@PathVariable long id) {
        var person = persons.exportData(id, "json");
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("nguoi-" + id + ".json").build().toString()).body(person);
    }

    @PostMapping("/erase")
    @Operation(summary = "Erase a person on request; the reason code is audited")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER},
            area = "id", kind = "person", write = true)
    ResponseEntity<Void> erase(@PathVariable long id, @Valid @RequestBody Erasure erasure) {
        persons.erase(id, erasure.reason());
        return ResponseEntity.noContent().build();
    }

    record Erasure(@NotNull ErasureReason reason) {
    }
}

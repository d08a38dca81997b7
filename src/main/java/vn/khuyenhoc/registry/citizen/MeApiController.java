package vn.khuyenhoc.registry.citizen;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.registry.PersonDetail;
import vn.khuyenhoc.registry.Persons;

/** A citizen's own record as JSON: read it (audited), correct phone, occupation and target group. */
@RestController
@RequestMapping("/api/v1/me")
@Access(Role.CITIZEN)
class MeApiController {

    private final Persons persons;

    MeApiController(Persons persons) {
        this.persons = persons;
    }

    @GetMapping
    @Operation(summary = "The signed-in citizen's own record")
    PersonDetail get() {
        return persons.viewOwn();
    }

    @PutMapping
    @Operation(summary = "Correct one's own phone, occupation and target group; the version must be the one read")
    ResponseEntity<Void> update(@Valid @RequestBody OwnForm form) {
        persons.updateOwn(form.phone(), form.occupation(), form.targetGroup(), form.version());
        return ResponseEntity.noContent().build();
    }
}

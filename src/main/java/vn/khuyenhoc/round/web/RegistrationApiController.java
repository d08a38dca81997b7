package vn.khuyenhoc.round.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.criteria.Assessment;
import vn.khuyenhoc.round.Decisions;
import vn.khuyenhoc.round.Registration;
import vn.khuyenhoc.round.Registrations;
import vn.khuyenhoc.round.ReviewOutcome;
import vn.khuyenhoc.round.SavedSheet;
import vn.khuyenhoc.round.ScoreSheets;
import vn.khuyenhoc.round.SheetForm;
import vn.khuyenhoc.round.SheetKind;
import vn.khuyenhoc.round.TitleRecord;
import vn.khuyenhoc.shared.NotFound;

/** One registration as JSON: its sheets, the live result, the review; and a subject's registrations and titles. */
@RestController
@RequestMapping("/api/v1/rounds")
class RegistrationApiController {

    private final Registrations registrations;
    private final ScoreSheets sheets;
    private final Decisions decisions;

    RegistrationApiController(Registrations registrations, ScoreSheets sheets, Decisions decisions) {
        this.registrations = registrations;
        this.sheets = sheets;
        this.decisions = decisions;
    }

    record ReviewForm(ReviewOutcome outcome, String comment, int version) {
    }

    record SubjectHistory(List<Registration> registrations, List<TitleRecord> titles) {
    }

    @GetMapping("/registrations/{id}")
    @Operation(summary = "A registration and where it stands")
    @Access(allRoles = true, area = "id", kind = "registration")
    Registration get(@PathVariable long id) {
        return registrations.require(id);
    }

    @GetMapping("/registrations/{id}/sheets/{kind}")
    @Operation(summary = "The self-assessment (SELF) or the reviewer's sheet (REVIEW) with its computed result")
    @Access(allRoles = true, area = "id", kind = "registration")
    SavedSheet sheet(@PathVariable long id, @PathVariable SheetKind kind) {
        return sheets.sheet(id, kind).orElseThrow(() -> new NotFound("sheet", id));
    }

    @PutMapping("/registrations/{id}/sheets/{kind}")
    @Operation(summary = "Saves a sheet; the body carries the version it was read at (null for a new sheet), "
            + "and a save over someone else's is refused with 409")
    @Access(allRoles = true, area = "id", kind = "registration", write = true)
    SavedSheet save(@PathVariable long id, @PathVariable SheetKind kind, @RequestBody SheetForm form) {
        return sheets.save(id, kind, form);
    }

    @PostMapping("/registrations/{id}/score")
    @Operation(summary = "The result a sheet would have under the round's criteria set, with its reasons; saves nothing")
    @Access(allRoles = true, area = "id", kind = "registration")
    Assessment preview(@PathVariable long id, @RequestBody SheetForm form) {
        return sheets.preview(id, form);
    }

    @PostMapping("/registrations/{id}/review")
    @Operation(summary = "The reviewer accepts, returns with a comment, or rejects the registration")
    @Access(allRoles = true, area = "id", kind = "registration", write = true)
    ResponseEntity<Map<String, String>> review(@PathVariable long id, @RequestBody ReviewForm form) {
        sheets.review(id, form.outcome(), form.comment(), form.version());
        return ResponseEntity.ok(Map.of("status", registrations.require(id).status().name()));
    }

    @GetMapping("/subjects/{kind}/{id}")
    @Operation(summary = "A subject's registrations and titles with their validity (kind: household, clan, "
            + "village, organisation, commune, province, person)")
    @Access(allRoles = true)
    SubjectHistory subject(@PathVariable String kind, @PathVariable long id) {
        return new SubjectHistory(registrations.ofSubject(kind, id), decisions.history(kind, id));
    }
}

package vn.khuyenhoc.criteria.set;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.UNIT_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.criteria.Assessment;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.criteria.CriteriaSet;
import vn.khuyenhoc.criteria.CriteriaSets;
import vn.khuyenhoc.criteria.ScoreSheet;
import vn.khuyenhoc.criteria.SetDocument;
import vn.khuyenhoc.criteria.SetStatus;
import vn.khuyenhoc.criteria.SetSummary;
import vn.khuyenhoc.criteria.Title;

/** Criteria sets as JSON: listing, reading, the exchange file out and in, and scoring a sheet with the reasons. */
@RestController
@RequestMapping("/api/v1/criteria/sets")
@Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, UNIT_OFFICER, VIEWER})
class SetApiController {

    private final CriteriaSets sets;
    private final CriteriaEditor editor;
    private final SetListQueries queries;
    private final MessageSource messages;
    private final SetExchange exchange;

    SetApiController(CriteriaSets sets, CriteriaEditor editor, SetListQueries queries, MessageSource messages,
                     SetExchange exchange) {
        this.exchange = exchange;
        this.sets = sets;
        this.editor = editor;
        this.queries = queries;
        this.messages = messages;
    }

    /** The result of a sheet, with each reason both as a key and arguments and as text in the caller's language. */
    record ScoreResult(Assessment assessment, List<String> why) {
    }

    @GetMapping
    @Operation(summary = "Criteria sets, filtered by title, status and owner (national or provincial)")
    List<SetSummary> list(@RequestParam(required = false) Title title, @RequestParam(required = false) SetStatus status,
                          @RequestParam(defaultValue = "") String owner, @RequestParam(defaultValue = "") String q) {
        return queries.find(new SetFilter(title, status, owner, q));
    }

    @GetMapping("/in-force")
    @Operation(summary = "The published sets of a title that apply in a year, for a variant and a province")
    List<SetSummary> inForce(@RequestParam Title title, @RequestParam int year,
                             @RequestParam(required = false) String variant, @RequestParam(required = false) Long province) {
        return sets.inForce(title, year, variant, province);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A set with its tree, rule and status")
    CriteriaSet get(@PathVariable long id) {
        return sets.require(id);
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "The set in the exchange format of docs/criteria-format.md")
    SetDocument export(@PathVariable long id) {
        return sets.require(id).content().withoutIds();
    }

    @PostMapping("/import")
    @Operation(summary = "Imports an exchange file as a new draft, owned by the province given (none: national)")
    @Access(value = {ADMIN, PROVINCE_OFFICER}, write = true)
    ResponseEntity<Map<String, Long>> importSet(@RequestParam(required = false) Long owner,
                                                @io.swagger.v3.oas.annotations.parameters.RequestBody(content =
                                                @Content(schema = @Schema(implementation = SetDocument.class)))
                                                @RequestBody byte[] file) {
        // Read as the page's import reads it, so both accept the same files (fields left out, unknown fields).
        long id = editor.importDocument(exchange.read(new ByteArrayInputStream(file)), owner);
        return ResponseEntity.created(URI.create("/api/v1/criteria/sets/" + id)).body(Map.of("id", id));
    }

    @PostMapping("/{id}/score")
    @Operation(summary = "Scores a sheet (points, met, figures by node code or figure name): the result and why")
    ScoreResult score(@PathVariable long id, @RequestBody ScoreSheet sheet, Locale locale) {
        Assessment result = sets.score(id, sheet);
        return new ScoreResult(result, result.reasons().stream()
                .map(r -> messages.getMessage(r.key(), r.arguments(), locale)).toList());
    }
}

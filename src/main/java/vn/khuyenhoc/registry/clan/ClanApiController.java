package vn.khuyenhoc.registry.clan;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
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
import vn.khuyenhoc.registry.ClanForm;
import vn.khuyenhoc.registry.Clans;
import vn.khuyenhoc.registry.common.PageOf;
import vn.khuyenhoc.shared.NotFound;

/** Clans as JSON, with the same rules as the pages. */
@RestController
@RequestMapping("/api/v1/clans")
class ClanApiController {

    private final Clans clans;
    private final ClanQueries queries;

    ClanApiController(Clans clans, ClanQueries queries) {
        this.clans = clans;
        this.queries = queries;
    }

    /** A clan with its member households. */
    record ClanDetail(ClanQueries.ClanRow clan, List<ClanQueries.MemberRow> households) {
    }

    @GetMapping
    @Operation(summary = "Clans of the caller's area, 50 a page, in Vietnamese order")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "commune", kind = "commune")
    PageOf<ClanQueries.ClanRow> list(@RequestParam(required = false) Long commune,
                                     @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page) {
        return queries.page(new ClanQueries.Filter(commune, q, page));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A clan and its member households")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "clan")
    ClanDetail get(@PathVariable long id) {
        var clan = queries.find(id).orElseThrow(() -> new NotFound("clan", id));
        return new ClanDetail(clan, queries.members(id));
    }

    @PostMapping
    @Operation(summary = "Creates a clan in the commune; a blank code gets the next DH-NNN")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "commune", write = true)
    ResponseEntity<Map<String, Long>> create(@RequestParam long commune, @Valid @RequestBody ClanForm form) {
        long id = clans.create(commune, form);
        return ResponseEntity.created(URI.create("/api/v1/clans/" + id)).body(Map.of("id", id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Changes a clan; the body carries the version it was read at")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "clan", write = true)
    ResponseEntity<Void> update(@PathVariable long id, @Valid @RequestBody ClanForm form) {
        clans.update(id, form);
        return ResponseEntity.noContent().build();
    }
}

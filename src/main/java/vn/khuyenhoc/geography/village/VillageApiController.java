package vn.khuyenhoc.geography.village;

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
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.Role;

/** Villages as JSON: the same operations and rules as the pages. */
@RestController
@RequestMapping("/api/v1/villages")
class VillageApiController {

    private final Villages villages;
    private final VillagePlacements placements;
    private final AreaGuard guard;

    VillageApiController(Villages villages, VillagePlacements placements, AreaGuard guard) {
        this.villages = villages;
        this.placements = placements;
        this.guard = guard;
    }

    @PostMapping
    @Access(value = {Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER}, area = "commune", write = true)
    ResponseEntity<Map<String, Long>> create(@RequestParam long commune, @Valid @RequestBody VillageForm form) {
        long id = villages.create(commune, form);
        return ResponseEntity.created(URI.create("/api/v1/units/" + id)).body(Map.of("id", id));
    }

    @PutMapping("/{id}")
    @Access(value = {Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER}, area = "id", write = true)
    ResponseEntity<Void> update(@PathVariable long id, @Valid @RequestBody VillageForm form) {
        villages.update(id, form);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/placements")
    @Access(value = {Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER})
    List<VillagePlacements.Pending> pending() {
        return placements.pending(guard.currentScopePaths());
    }

    @PostMapping("/{id}/place")
    @Access(value = {Role.ADMIN, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER}, area = "id", write = true)
    ResponseEntity<Void> place(@PathVariable long id, @RequestParam long commune) {
        placements.place(id, commune);
        return ResponseEntity.noContent().build();
    }
}

package vn.khuyenhoc.registry.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;

/**
 * The checks of a households file against the database: every village code names a village of today's map in the
 * user's area (asked of the guard once per village), every clan code a clan of that village's commune.
 */
@Component
class HouseholdFileChecks {

    /** The ids a household's codes resolve to. */
    record Resolved(long villageId, Long clanId) {
    }

    private final ImportLookups existing;
    private final AreaGuard guard;

    HouseholdFileChecks(ImportLookups existing, AreaGuard guard) {
        this.existing = existing;
        this.guard = guard;
    }

    Map<HouseholdLine, Resolved> resolve(ParsedFile file, CurrentUser user) {
        var households = file.households().values();
        var villages = existing.units("VILLAGE",
                households.stream().map(h -> h.villageCode).collect(Collectors.toSet()));
        Set<Long> allowed = new HashSet<>();
        villages.values().stream().filter(v -> !user.role().readOnly() && guard.covers(user, v.id()))
                .forEach(v -> allowed.add(v.id()));
        var communes = villages.values().stream().map(ImportLookups.Unit::parentId).filter(p -> p != null)
                .collect(Collectors.toSet());
        var clans = new HashMap<String, Long>();
        existing.clans(communes).forEach(c -> clans.put(c.communeId() + "\u0000" + c.code(), c.id()));
        var resolved = new HashMap<HouseholdLine, Resolved>();
        Problems problems = file.problems();
        for (HouseholdLine household : households) {
            var village = villages.get(household.villageCode);
            if (village == null) {
                problems.add(household.sheet, household.row, Column.VILLAGE_CODE, "registry.imports.unknownVillage",
                        household.villageCode);
                continue;
            }
            if (!allowed.contains(village.id())) {
                problems.add(household.sheet, household.row, Column.VILLAGE_CODE,
                        "registry.imports.villageOutsideArea", household.villageCode);
                continue;
            }
            Long clan = household.clanCode == null ? null : clans.get(village.parentId() + "\u0000" + household.clanCode);
            if (household.clanCode != null && clan == null) {
                problems.add(household.sheet, household.row, Column.CLAN_CODE, "registry.imports.unknownClan",
                        household.clanCode);
            }
            resolved.put(household, new Resolved(village.id(), clan));
        }
        return resolved;
    }
}

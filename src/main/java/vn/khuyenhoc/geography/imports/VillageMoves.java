package vn.khuyenhoc.geography.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.imports.ImportPlan.PlacementRow;
import vn.khuyenhoc.geography.imports.ImportPlan.VersionRow;
import vn.khuyenhoc.geography.imports.MapIndex.Version;

/**
 * Villages follow their commune. When an old commune went whole into another one, each of its villages gets
 * a new version (same unit, same code) under the new commune from the effective day, so its records roll up
 * there untouched. When it was split, its villages go on the work list of the new communes (one placement row
 * each) and stay where they are until an officer places them. A commune that keeps its id needs nothing.
 */
@Component
class VillageMoves {

    private final JdbcClient jdbc;

    VillageMoves(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void plan(Map<Long, Version> moves, Set<Long> splits, LocalDate effective, PlanBuilder plan) {
        var communes = new HashSet<>(moves.keySet());
        communes.addAll(splits);
        if (communes.isEmpty()) {
            return;
        }
        Map<Long, List<Version>> villages = villagesOf(communes, effective.minusDays(1));
        Set<Long> placed = alreadyPlaced(villages.keySet(), effective);
        villages.forEach((village, versions) -> {
            Version before = versionOn(versions, effective.minusDays(1)).orElseThrow();
            Optional<Version> after = versionOn(versions, effective);
            if (after.isEmpty()) {
                return;
            }
            Version target = moves.get(before.parentId());
            if (target != null) {
                move(before, after.get(), target, effective, plan);
            } else if (splits.contains(before.parentId()) && !placed.contains(village)) {
                plan.place(new PlacementRow(village, before.parentId(), effective));
            }
        });
    }

    private static void move(Version before, Version after, Version commune, LocalDate effective, PlanBuilder plan) {
        if (after.id() == before.id()) {
            plan.update(row(before).withRange(before.id(), new DateRange(before.range().from(), effective.minusDays(1))));
            plan.insert(row(before).withRange(null, new DateRange(effective, before.range().to()))
                    .withParent(commune.unitId()));
        } else if (before.parentId().equals(after.parentId())) {
            plan.update(row(after).withParent(commune.unitId()));
        } else {
            return;
        }
        plan.villageMoved(before.code(), before.name(), "geography.import.detail.villageMoved", commune.code(),
                commune.name());
    }

    private static VersionRow row(Version v) {
        return new VersionRow(v.id(), v.unitId(), v.code(), v.name(), v.kind(), v.typeName(), v.parentId(), v.range());
    }

    private static Optional<Version> versionOn(List<Version> versions, LocalDate day) {
        return versions.stream().filter(v -> v.range().contains(day)).findFirst();
    }

    private Map<Long, List<Version>> villagesOf(Set<Long> communes, LocalDate day) {
        var villages = new LinkedHashMap<Long, List<Version>>();
        jdbc.sql("""
                select v.id, v.unit_id, v.code, v.name, v.type_name, v.parent_id, v.valid_from, v.valid_to
                from geo_unit_version v
                where v.unit_id in (select o.unit_id from geo_unit_version o
                                    where o.kind = 'VILLAGE' and o.parent_id = any(:communes)
                                      and (o.valid_from is null or o.valid_from <= :day)
                                      and (o.valid_to is null or o.valid_to >= :day))
                order by v.code, v.unit_id, v.valid_from nulls first""")
                .param("communes", communes.toArray(Long[]::new)).param("day", day)
                .query(rs -> {
                    var version = new Version(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("code"),
                            rs.getString("name"), UnitKind.VILLAGE, rs.getString("type_name"),
                            (Long) rs.getObject("parent_id"), new DateRange(rs.getObject("valid_from", LocalDate.class),
                            rs.getObject("valid_to", LocalDate.class)));
                    villages.computeIfAbsent(version.unitId(), k -> new ArrayList<>()).add(version);
                });
        return villages;
    }

    private Set<Long> alreadyPlaced(Set<Long> villages, LocalDate effective) {
        return new HashSet<>(jdbc.sql("""
                select village_id from geo_village_placement
                where effective_date = :on and village_id = any(:villages)""")
                .param("on", effective).param("villages", villages.toArray(Long[]::new))
                .query(Long.class).list());
    }
}

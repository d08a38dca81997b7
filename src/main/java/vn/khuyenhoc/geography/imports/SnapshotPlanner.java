package vn.khuyenhoc.geography.imports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khuyenhoc.geography.imports.ImportPlan.VersionRow;
import vn.khuyenhoc.geography.imports.MapIndex.Version;

/**
 * Plans a snapshot list (the map before or after the reform) over its period. A unit is found by its code at
 * its level, as codes are never reissued: the commune 22969 after the reform is a new version of the unit
 * 22969 before it. The version holding the period's anchor day is compared and updated; a unit with no version
 * in the period gets one; a version that covers the period only in part (a local change entered earlier) is
 * set aside untouched. Units the file does not list are left alone.
 */
final class SnapshotPlanner {

    private final MapIndex map;
    private final DateRange period;
    private final LocalDate anchor;
    private final PlanBuilder plan = new PlanBuilder();
    private final Map<String, Long> unitIds = new HashMap<>();
    private final Map<String, Where> seen = new HashMap<>();

    SnapshotPlanner(MapIndex map, DateRange period, LocalDate anchor) {
        this.map = map;
        this.period = period;
        this.anchor = anchor;
    }

    static SnapshotPlanner beforeReform(MapIndex map) {
        return new SnapshotPlanner(map, DateRange.BEFORE_REFORM, DateRange.LAST_DAY_BEFORE_REFORM);
    }

    static SnapshotPlanner afterReform(MapIndex map) {
        return new SnapshotPlanner(map, DateRange.AFTER_REFORM, DateRange.REFORM);
    }

    /** Parents come before their children in the records, as the nested formats list them. */
    ImportPlan plan(List<UnitRecord> records) {
        records.forEach(this::place);
        return plan.build();
    }

    private void place(UnitRecord record) {
        String key = record.kind() + ":" + record.code();
        Where earlier = seen.putIfAbsent(key, record.where());
        if (earlier != null) {
            throw record.where().reject("duplicateCode", record.code(), earlier.resolvable());
        }
        Long parent = record.parentCode() == null ? null : unitIds.get(record.parentKind() + ":" + record.parentCode());
        Optional<Long> existing = map.unit(record.kind(), record.code());
        if (existing.isEmpty()) {
            long unit = plan.newUnit();
            unitIds.put(key, unit);
            plan.insert(new VersionRow(null, unit, record.code(), record.name(), record.kind(), record.typeName(),
                    parent, period));
            plan.created(record.where(), record.code(), record.name(), "geography.import.detail.newUnit", period.text());
            return;
        }
        unitIds.put(key, existing.get());
        compare(record, existing.get(), parent);
    }

    private void compare(UnitRecord record, long unit, Long parent) {
        List<Version> versions = map.versions(unit);
        Optional<Version> current = versions.stream().filter(v -> v.range().contains(anchor)).findFirst();
        if (current.isPresent()) {
            update(record, current.get(), parent);
            return;
        }
        Optional<Version> partial = versions.stream().filter(v -> v.range().overlaps(period)).findFirst();
        if (partial.isPresent()) {
            plan.setAside(record.where(), record.code(), record.name(), "geography.import.detail.partialOverlap",
                    partial.get().range().text(), period.text());
            return;
        }
        plan.insert(new VersionRow(null, unit, record.code(), record.name(), record.kind(), record.typeName(), parent,
                period));
        plan.changed(record.where(), record.code(), record.name(), "geography.import.detail.newVersion", period.text());
    }

    private void update(UnitRecord record, Version current, Long parent) {
        if (current.sameAs(record.name(), record.typeName(), record.kind(), parent)) {
            plan.unchanged();
            return;
        }
        plan.update(new VersionRow(current.id(), current.unitId(), current.code(), record.name(), record.kind(),
                record.typeName(), parent, current.range()));
        plan.changed(record.where(), record.code(), record.name(), "geography.import.detail.updated",
                current.name(), current.typeName(), current.range().text());
    }
}

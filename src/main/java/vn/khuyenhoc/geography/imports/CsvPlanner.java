package vn.khuyenhoc.geography.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.imports.ImportPlan.VersionRow;
import vn.khuyenhoc.geography.imports.MapIndex.Version;

/**
 * Plans a CSV of villages and local changes: each row is a version of a unit over its own range of days. A row
 * that matches a stored version exactly is compared; a row on days the unit has no version adds one; a row
 * that overlaps stored versions only in part refuses the whole file, as does a parent that does not exist.
 * The parent must be valid on the row's first day and, from then on, without a gap until the row ends or until
 * the parent closes (a village of a commune closed by the reform stays open until the lineage moves it).
 */
final class CsvPlanner {

    private final MapIndex map;
    private final PlanBuilder plan = new PlanBuilder();
    private final Map<String, Long> unitIds = new HashMap<>();
    private final Map<String, List<DateRange>> fileRanges = new HashMap<>();
    private final Set<String> created = new HashSet<>();

    CsvPlanner(MapIndex map) {
        this.map = map;
    }

    ImportPlan plan(List<UnitRecord> records) {
        CsvChecks.rejectOverlaps(records);
        CsvChecks.rejectCycles(records);
        records.forEach(r -> fileRanges.computeIfAbsent(CsvChecks.key(r), k -> new ArrayList<>()).add(r.range()));
        records.stream().filter(r -> r.kind() != UnitKind.VILLAGE)
                .forEach(r -> unitIds.computeIfAbsent(CsvChecks.key(r), k -> map.unit(r.kind(), r.code())
                        .orElseGet(plan::newUnit)));
        for (UnitRecord record : records) {
            Long parent = parent(record);
            unitIds.computeIfAbsent(CsvChecks.key(record), k -> village(record, parent));
            place(record, parent);
        }
        return plan.build();
    }

    private long village(UnitRecord record, Long parent) {
        return map.units(UnitKind.VILLAGE, record.code()).stream()
                .filter(unit -> CsvChecks.systemVillageCode(record.code())
                        || map.versions(unit).stream().anyMatch(v -> parent.equals(v.parentId())))
                .findFirst().orElseGet(plan::newUnit);
    }

    private Long parent(UnitRecord record) {
        if (record.kind() == UnitKind.PROVINCE) {
            if (record.parentCode() != null) {
                throw record.where().reject("provinceParent", record.code());
            }
            return null;
        }
        if (record.parentCode() == null) {
            throw record.where().reject("missingField", "parent_code");
        }
        for (UnitKind kind : parentKinds(record.kind())) {
            String key = kind + ":" + record.parentCode();
            Long unit = Optional.ofNullable(unitIds.get(key)).or(() -> map.unit(kind, record.parentCode())).orElse(null);
            if (unit == null) {
                continue;
            }
            var ranges = new ArrayList<>(fileRanges.getOrDefault(key, List.of()));
            map.versions(unit).forEach(v -> ranges.add(v.range()));
            if (livesThrough(ranges, record.range())) {
                return unit;
            }
        }
        throw record.where().reject("unknownParent", record.parentCode(), record.range().text());
    }

    private static List<UnitKind> parentKinds(UnitKind kind) {
        return switch (kind) {
            case PROVINCE -> List.of();
            case DISTRICT -> List.of(UnitKind.PROVINCE);
            case COMMUNE -> List.of(UnitKind.DISTRICT, UnitKind.PROVINCE);
            case VILLAGE -> List.of(UnitKind.COMMUNE);
        };
    }

    /** Valid on the span's first day and, from then on, without a gap until the span ends or the unit closes. */
    static boolean livesThrough(List<DateRange> versions, DateRange span) {
        var sorted = versions.stream().sorted(Comparator.comparing(DateRange::from,
                Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        Optional<DateRange> current = sorted.stream()
                .filter(v -> span.from() == null ? v.from() == null : v.contains(span.from())).findFirst();
        while (current.isPresent()) {
            LocalDate end = current.get().to();
            if (end == null || (span.to() != null && !end.isBefore(span.to()))) {
                return true;
            }
            LocalDate next = end.plusDays(1);
            current = sorted.stream().filter(v -> v.contains(next)).findFirst();
            if (current.isEmpty()) {
                return sorted.stream().noneMatch(v -> v.from() != null && v.from().isAfter(end));
            }
        }
        return false;
    }

    private void place(UnitRecord record, Long parent) {
        long unit = unitIds.get(CsvChecks.key(record));
        List<Version> overlapping = map.versions(unit).stream().filter(v -> v.range().overlaps(record.range())).toList();
        if (overlapping.isEmpty()) {
            plan.insert(new VersionRow(null, unit, record.code(), record.name(), record.kind(), record.typeName(),
                    parent, record.range()));
            if (unit < 0 && created.add(CsvChecks.key(record))) {
                plan.created(record.where(), record.code(), record.name(), "geography.import.detail.newUnit",
                        record.range().text());
            } else {
                plan.changed(record.where(), record.code(), record.name(), "geography.import.detail.newVersion",
                        record.range().text());
            }
            return;
        }
        Version first = overlapping.get(0);
        if (overlapping.size() == 1 && first.range().equals(record.range())) {
            compare(record, first, parent);
        } else if (movedSince(overlapping, record, parent)) {
            plan.unchanged();
        } else {
            throw record.where().reject("overlapExisting", record.code(), record.range().text(), first.range().text());
        }
    }

    private void compare(UnitRecord record, Version stored, Long parent) {
        if (stored.sameAs(record.name(), record.typeName(), record.kind(), parent)) {
            plan.unchanged();
            return;
        }
        plan.update(new VersionRow(stored.id(), stored.unitId(), stored.code(), record.name(), record.kind(),
                record.typeName(), parent, stored.range()));
        plan.changed(record.where(), record.code(), record.name(), "geography.import.detail.updated", stored.name(),
                stored.typeName(), stored.range().text());
    }

    /**
     * The row as first imported, since cut into versions that differ only in their parent (a village moved by
     * the lineage): importing the same file again changes nothing.
     */
    private static boolean movedSince(List<Version> versions, UnitRecord record, Long parent) {
        Version first = versions.get(0);
        Version last = versions.get(versions.size() - 1);
        boolean sameSpan = java.util.Objects.equals(first.range().from(), record.range().from())
                && java.util.Objects.equals(last.range().to(), record.range().to());
        boolean contiguous = true;
        for (int i = 1; i < versions.size(); i++) {
            contiguous &= java.util.Objects.equals(versions.get(i - 1).range().dayAfter(), versions.get(i).range().from());
        }
        return sameSpan && contiguous && first.sameAs(record.name(), record.typeName(), record.kind(), parent)
                && versions.stream().allMatch(v -> v.sameAs(record.name(), record.typeName(), record.kind(), v.parentId()));
    }
}

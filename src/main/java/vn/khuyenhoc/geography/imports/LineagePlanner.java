package vn.khuyenhoc.geography.imports;

import static vn.khuyenhoc.geography.imports.DateRange.LAST_DAY_BEFORE_REFORM;
import static vn.khuyenhoc.geography.imports.DateRange.REFORM;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.khuyenhoc.geography.LineageKind;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.imports.ImportPlan.LinkRow;
import vn.khuyenhoc.geography.imports.ImportPlan.SetAsideRow;
import vn.khuyenhoc.geography.imports.MapIndex.Version;

/**
 * Plans the links of 1 July 2025. The old unit is the one valid on 30/06/2025, the new one the one valid on
 * 01/07/2025, both found by code; a unit that kept its code is its own successor and needs no link. A link to a
 * code the map does not have, and a new commune no link points at, are set aside for resolution by hand.
 * It also notes which old communes went whole into one new commune (their villages move) and which were split
 * (their villages go on a work list); {@link VillageMoves} plans those.
 */
final class LineagePlanner {

    static final String UNKNOWN_SUCCESSOR = "UNKNOWN_SUCCESSOR";
    static final String UNKNOWN_PREDECESSOR = "UNKNOWN_PREDECESSOR";
    static final String NO_PREDECESSOR = "NO_PREDECESSOR";
    private final MapIndex map;
    private final ExistingLineage existing;
    private final PlanBuilder plan = new PlanBuilder();
    private final Map<Long, Version> moves = new LinkedHashMap<>();
    private final Set<Long> splits = new HashSet<>();
    private final Map<String, Integer> predecessors = new HashMap<>();

    LineagePlanner(MapIndex map, ExistingLineage existing) {
        this.map = map;
        this.existing = existing;
    }

    PlanBuilder plan(List<LinkRecord> records) {
        rejectDuplicates(records);
        records.forEach(r -> r.targets().forEach(t -> predecessors.merge(r.kind() + ":" + t, 1, Integer::sum)));
        records.forEach(this::place);
        if (records.stream().anyMatch(r -> r.kind() == UnitKind.COMMUNE)) {
            setAsideCommunesWithoutPredecessor();
        }
        return plan;
    }

    /** Old communes that went whole into one other commune, with that commune. */
    Map<Long, Version> moves() {
        return moves;
    }

    /** Old communes that went into several new ones. */
    Set<Long> splits() {
        return splits;
    }

    private static void rejectDuplicates(List<LinkRecord> records) {
        var seen = new HashMap<String, Where>();
        for (LinkRecord record : records) {
            Where earlier = seen.putIfAbsent(record.kind() + ":" + record.oldCode(), record.where());
            if (earlier != null) {
                throw record.where().reject("duplicateCode", record.oldCode(), earlier.resolvable());
            }
        }
    }

    private void place(LinkRecord record) {
        var old = map.validOn(record.kind(), record.oldCode(), LAST_DAY_BEFORE_REFORM);
        if (old.isEmpty()) {
            setAside(record.where(), new SetAsideRow(UNKNOWN_PREDECESSOR, null, record.oldCode(), record.oldName(),
                    record.oldCode(), REFORM));
            return;
        }
        for (String target : record.targets()) {
            var successor = map.validOn(record.kind(), target, REFORM);
            if (successor.isEmpty()) {
                setAside(record.where(), new SetAsideRow(UNKNOWN_SUCCESSOR, old.get().unitId(), record.oldCode(),
                        old.get().name(), target, REFORM));
            } else if (successor.get().unitId() == old.get().unitId()) {
                plan.unchanged();
            } else {
                link(record, old.get(), successor.get());
            }
        }
        notePlacement(record, old.get());
    }

    private void notePlacement(LinkRecord record, Version old) {
        if (record.kind() != UnitKind.COMMUNE) {
            return;
        }
        if (record.targets().size() > 1) {
            splits.add(old.unitId());
            return;
        }
        map.validOn(UnitKind.COMMUNE, record.targets().get(0), REFORM)
                .filter(successor -> successor.unitId() != old.unitId())
                .ifPresent(successor -> moves.put(old.unitId(), successor));
    }

    private void link(LinkRecord record, Version old, Version successor) {
        LineageKind kind = LineageRules.classify(record.targets().size(),
                predecessors.get(record.kind() + ":" + successor.code()), !old.name().equals(successor.name()));
        LinkRow stored = existing.link(old.unitId(), successor.unitId());
        if (stored != null && stored.kind() == kind) {
            plan.unchanged();
            return;
        }
        plan.link(new LinkRow(stored == null ? null : stored.linkId(), old.unitId(), successor.unitId(), REFORM, kind,
                stored == null ? null : stored.share(), stored == null ? null : stored.note()));
        String detail = "geography.import.detail.link." + kind;
        if (stored == null) {
            plan.created(record.where(), old.code(), old.name(), detail, successor.code(), successor.name());
        } else {
            plan.changed(record.where(), old.code(), old.name(), detail, successor.code(), successor.name());
        }
    }

    private void setAsideCommunesWithoutPredecessor() {
        map.allValidOn(UnitKind.COMMUNE, REFORM)
                .filter(commune -> !predecessors.containsKey(UnitKind.COMMUNE + ":" + commune.code()))
                .filter(commune -> !existing.hasPredecessor(commune.unitId()))
                .forEach(commune -> setAside(null, new SetAsideRow(NO_PREDECESSOR, commune.unitId(), commune.code(),
                        commune.name(), null, REFORM)));
    }

    private void setAside(Where where, SetAsideRow row) {
        boolean recorded = existing.recorded(row.reason(), row.code(), row.missingCode());
        if (!recorded) {
            plan.setAside(row);
        }
        plan.setAside(where, row.code(), row.name(),
                "geography.import.setAside." + row.reason() + (recorded ? ".recorded" : ""),
                row.missingCode() == null ? "" : row.missingCode());
    }
}

package vn.khuyenhoc.association;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.association.member.MembershipRecords;
import vn.khuyenhoc.association.structure.StructureRecords;
import vn.khuyenhoc.geography.UnitSummary;
import vn.khuyenhoc.geography.Units;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * Merges associations as geography merged their units (the 2025 reform): the associations of the predecessors,
 * and the successor's own, close the day before; the successor's association opens on the day with links to
 * them and takes over their open branches, boards and current members. History stays: nothing is deleted.
 */
@Service
public class AssociationMergers {

    private final StructureRecords records;
    private final MembershipRecords members;
    private final AreaGuard guard;
    private final Units units;
    private final ApplicationEventPublisher events;

    AssociationMergers(StructureRecords records, MembershipRecords members, AreaGuard guard, Units units,
                       ApplicationEventPublisher events) {
        this.records = records;
        this.members = members;
        this.guard = guard;
        this.units = units;
        this.events = events;
    }

    /** The outcome: the new association and the ones it continues. */
    public record Merged(long associationId, List<Long> predecessorIds, List<Long> movedBranchIds) {
    }

    /** Follows the MERGE links into the successor unit effective on the day; returns the new association. */
    @Transactional
    public Merged followLineage(long successorGeoUnitId, LocalDate effective) {
        guard.requireWrite(successorGeoUnitId);
        List<Long> mergedUnits = records.mergedInto(successorGeoUnitId, effective);
        if (mergedUnits.isEmpty()) {
            throw new InvalidInput("association.merge.noLineage");
        }
        UnitSummary successor = units.on(successorGeoUnitId, effective)
                .orElseThrow(() -> new InvalidInput("association.merge.noLineage"));
        if (records.unitOf(successorGeoUnitId, effective).filter(u -> u.validFrom().equals(effective)).isPresent()) {
            throw new InvalidInput("association.merge.done");
        }
        var predecessors = new ArrayList<StructureRecords.Unit>();
        var geoUnits = new ArrayList<>(mergedUnits);
        geoUnits.add(successorGeoUnitId);
        LocalDate lastDay = effective.minusDays(1);
        geoUnits.forEach(geo -> records.unitOf(geo, lastDay).filter(u -> u.validTo() == null)
                .ifPresent(predecessors::add));
        predecessors.forEach(p -> records.closeUnit(p.id(), lastDay));
        String name = "Hội Khuyến học " + successor.name();
        long id = records.insertUnit(successorGeoUnitId, successor.kind().name(), name, effective);
        var moved = new ArrayList<Long>();
        for (var predecessor : predecessors) {
            records.link(predecessor.id(), id, effective);
            moved.addAll(records.moveOpenBranches(predecessor.id(), id));
            members.moveCurrent(predecessor.id(), id, units.on(predecessor.geoUnitId(), lastDay)
                    .map(UnitSummary::code).orElse(String.valueOf(predecessor.id())));
        }
        var predecessorIds = predecessors.stream().map(StructureRecords.Unit::id).toList();
        events.publishEvent(new AssociationChanged("association", id, "merge", successorGeoUnitId,
                Map.of("effective", effective.toString(), "predecessors", predecessorIds), moved));
        events.publishEvent(new AssociationsMerged(id, successorGeoUnitId, name, predecessorIds, effective));
        return new Merged(id, predecessorIds, moved);
    }
}

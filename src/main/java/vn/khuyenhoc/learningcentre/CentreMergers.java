package vn.khuyenhoc.learningcentre;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.geography.UnitSummary;
import vn.khuyenhoc.geography.Units;
import vn.khuyenhoc.learningcentre.centre.CentreRecords;
import vn.khuyenhoc.learningcentre.centre.CentreRecords.Centre;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * Merges centres as geography merged their communes, the way the association merges (ADR 0009): the centres of
 * the predecessors, and the successor's own, close the day before; the successor's centre opens on the day,
 * linked to them. Their activities, visits and ratings stay with them: nothing moves, nothing is deleted.
 */
@Service
public class CentreMergers {

    private final CentreRecords records;
    private final AreaGuard guard;
    private final Units units;
    private final ApplicationEventPublisher events;

    CentreMergers(CentreRecords records, AreaGuard guard, Units units, ApplicationEventPublisher events) {
        this.records = records;
        this.guard = guard;
        this.units = units;
        this.events = events;
    }

    /** The outcome: the new centre and the ones it continues. */
    public record Merged(long centreId, List<Long> predecessorIds) {
    }

    /** Follows the MERGE links into the successor commune effective on the day; answers the new centre. */
    @Transactional
    public Merged followLineage(long successorId, LocalDate effective) {
        guard.requireWrite(successorId);
        List<Long> merged = records.mergedInto(successorId, effective);
        UnitSummary successor = units.on(successorId, effective).filter(u -> !merged.isEmpty())
                .orElseThrow(() -> new InvalidInput("learningcentre.merge.noLineage"));
        if (records.centreOf(successorId, effective).filter(c -> c.validFrom().equals(effective)).isPresent()) {
            throw new InvalidInput("learningcentre.merge.done");
        }
        LocalDate lastDay = effective.minusDays(1);
        var communes = new ArrayList<>(merged);
        if (!communes.contains(successorId)) {
            communes.add(successorId);
        }
        List<Centre> predecessors = communes.stream().map(c -> records.centreOf(c, lastDay))
                .flatMap(java.util.Optional::stream).filter(c -> c.validTo() == null).toList();
        predecessors.forEach(p -> records.close(p.id(), lastDay));
        long id = records.insertCentre(successorId, "Trung tâm học tập cộng đồng " + successor.name(), effective,
                effective);
        predecessors.forEach(p -> records.link(p.id(), id, effective));
        List<Long> ids = predecessors.stream().map(Centre::id).toList();
        events.publishEvent(new CentreChanged("centre", id, "merge", successorId, null,
                Map.of("effective", effective.toString(), "predecessors", ids), ids));
        return new Merged(id, ids);
    }
}

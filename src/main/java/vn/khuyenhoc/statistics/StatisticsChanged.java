package vn.khuyenhoc.statistics;

import java.util.List;
import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/** A change made in statistics: a recompute, a return filed or imported, a target set, a report submitted. */
public record StatisticsChanged(String entity, Long entityId, String action, Long unitId, Map<String, ?> after,
                                List<Long> affectedIds) implements Audited {

    public StatisticsChanged {
        affectedIds = affectedIds == null ? List.of() : List.copyOf(affectedIds);
    }

    public static StatisticsChanged one(String entity, Long id, String action, Long unitId, Map<String, ?> after) {
        return new StatisticsChanged(entity, id, action, unitId, after, List.of());
    }

    @Override
    public AuditEntry audit() {
        if (entityId == null) {
            return AuditEntry.bulk(entity, action, unitId, after, affectedIds);
        }
        return AuditEntry.change(entity, entityId, action, unitId, null, after);
    }
}

package vn.khuyenhoc.round;

import java.util.List;
import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/**
 * A step of a round was recorded: a round opened, a subject registered, a sheet saved, a review, a proposal, a
 * decision or a revocation. A step over many subjects is one event whose {@code affectedIds} are their
 * registrations (or recognitions).
 */
public record RoundChanged(String entity, Long entityId, String action, long unitId, Map<String, ?> summary,
                           List<Long> affectedIds) implements Audited {

    public RoundChanged {
        affectedIds = affectedIds == null ? List.of() : List.copyOf(affectedIds);
    }

    public static RoundChanged one(String entity, long id, String action, long unitId, Map<String, ?> after) {
        return new RoundChanged(entity, id, action, unitId, after, List.of());
    }

    public static RoundChanged bulk(String entity, String action, long unitId, Map<String, ?> summary,
                                    List<Long> affectedIds) {
        return new RoundChanged(entity, null, action, unitId, summary, affectedIds);
    }

    @Override
    public AuditEntry audit() {
        if (entityId == null) {
            return AuditEntry.bulk(entity, action, unitId, summary, affectedIds);
        }
        return AuditEntry.change(entity, entityId, action, unitId, null, summary);
    }
}

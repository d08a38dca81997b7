package vn.khuyenhoc.commendation;

import java.util.List;
import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/**
 * Commendations changed: one recorded, a proposal sent (its item ids affected), a proposal decided (the
 * commendations it made affected), the demo loaded. Recipients are kept by kind and id, never by name.
 */
public record CommendationChanged(String entity, Long id, String action, long unitId, Map<String, ?> after,
                                  List<Long> affectedIds) implements Audited {

    @Override
    public AuditEntry audit() {
        return new AuditEntry(entity, id, action, unitId, null, after, affectedIds);
    }
}

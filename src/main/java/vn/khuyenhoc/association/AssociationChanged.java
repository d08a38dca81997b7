package vn.khuyenhoc.association;

import java.util.List;
import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/**
 * The structure changed: an association unit opened or merged, a branch or board opened or closed, an officer
 * appointed. {@code entity} names what changed ("association", "branch", "board", "officer"); the audit keeps
 * ids, codes and dates only, never a person's name.
 */
public record AssociationChanged(String entity, long id, String action, Long unitId, Map<String, ?> after,
                                 List<Long> affectedIds) implements Audited {

    public AssociationChanged(String entity, long id, String action, Long unitId, Map<String, ?> after) {
        this(entity, id, action, unitId, after, List.of());
    }

    @Override
    public AuditEntry audit() {
        return new AuditEntry("association-" + entity, id, action, unitId, null, after, affectedIds);
    }
}

package vn.khuyenhoc.criteria;

import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/**
 * A criteria set was created (copied, imported, bundled), edited, published or first used by a round. The
 * audit entry belongs to the owning province (none for a national set).
 */
public record CriteriaSetChanged(long setId, String action, Long ownerUnitId, Map<String, ?> before,
                                 Map<String, ?> after) implements Audited {

    @Override
    public AuditEntry audit() {
        return AuditEntry.change("criteria-set", setId, action, ownerUnitId, before, after);
    }
}

package vn.khuyenhoc.registry;

import java.util.List;
import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/**
 * A person's record was changed ({@code action} "update", "update-own" or "target-group"). The audit keeps the
 * names of the fields that changed, never their values.
 */
public record PersonChanged(long personId, String action, Long unitId, List<String> changedFields) implements Audited {

    @Override
    public AuditEntry audit() {
        return AuditEntry.change("person", personId, action, unitId, null, Map.of("fields", changedFields));
    }
}

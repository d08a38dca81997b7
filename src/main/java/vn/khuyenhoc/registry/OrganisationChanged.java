package vn.khuyenhoc.registry;

import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/**
 * An organisation was created, changed or closed, or a member of its staff was added, changed or left. Staff
 * appear in the audit as person and staff ids, never by name ("người #123").
 */
public record OrganisationChanged(long organisationId, String action, long communeId, Map<String, ?> before,
                                  Map<String, ?> after) implements Audited {

    @Override
    public AuditEntry audit() {
        return AuditEntry.change("organisation", organisationId, action, communeId, before, after);
    }
}

package vn.khuyenhoc.registry;

import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/**
 * A household, one of its members or its consent changed. The maps hold ids, codes, village ids, dates and
 * statuses only, never names, phones or birth years: the audit trail refers to people by id.
 */
public record HouseholdChanged(long householdId, String action, long villageId, Map<String, ?> before,
                               Map<String, ?> after) implements Audited {

    @Override
    public AuditEntry audit() {
        return AuditEntry.change("household", householdId, action, villageId, before, after);
    }
}

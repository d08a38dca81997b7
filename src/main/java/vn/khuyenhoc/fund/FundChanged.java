package vn.khuyenhoc.fund;

import java.util.List;
import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/**
 * The fund changed: opened, an entry recorded, an entry corrected (its reversal and replacement in one event),
 * a year closed. The audit keeps ids, kinds, amounts and dates, never a donor's or beneficiary's name.
 */
public record FundChanged(String entity, Long id, String action, long unitId, Map<String, ?> after,
                          List<Long> affectedIds) implements Audited {

    @Override
    public AuditEntry audit() {
        return new AuditEntry("fund-" + entity, id, action, unitId, null, after, affectedIds);
    }
}

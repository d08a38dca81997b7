package vn.khuyenhoc.fund;

import java.util.List;
import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/** The demo funds of a commune were loaded: one audit entry with the ids of the funds made. */
public record FundDemoLoaded(long communeId, int entries, List<Long> fundIds) implements Audited {

    @Override
    public AuditEntry audit() {
        return AuditEntry.bulk("fund", "demo", communeId, Map.of("entries", entries), fundIds);
    }
}

package vn.khuyenhoc.association;

import java.util.List;
import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/** The demo association of a commune was loaded: one audit entry with the ids of the associations made. */
public record AssociationDemoLoaded(long communeId, int branches, int boards, int members, List<Long> associationIds)
        implements Audited {

    @Override
    public AuditEntry audit() {
        return AuditEntry.bulk("association", "demo", communeId,
                Map.of("branches", branches, "boards", boards, "members", members), associationIds);
    }
}

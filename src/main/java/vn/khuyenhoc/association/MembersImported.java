package vn.khuyenhoc.association;

import java.util.List;
import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/** A member list was imported: one audit entry with the new members' ids. */
public record MembersImported(long importId, long associationId, Long communeId, List<Long> memberIds)
        implements Audited {

    @Override
    public AuditEntry audit() {
        return AuditEntry.bulk("association-member", "import", communeId,
                Map.of("import", importId, "association", associationId, "members", memberIds.size()), memberIds);
    }
}

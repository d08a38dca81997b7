package vn.khuyenhoc.registry;

import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/** Someone read a person's record (page or API): access to personal data is logged, by id only. */
public record PersonViewed(long personId, Long unitId) implements Audited {

    @Override
    public AuditEntry audit() {
        return AuditEntry.change("person", personId, "view", unitId, null, null);
    }
}

package vn.khuyenhoc.association;

import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/**
 * A member joined, moved to another branch, paid dues or left. The audit names the person by id ("người #123")
 * with the branch ids, card number and dates.
 */
public record MemberChanged(long memberId, String action, Long unitId, Map<String, ?> before, Map<String, ?> after)
        implements Audited {

    @Override
    public AuditEntry audit() {
        return AuditEntry.change("association-member", memberId, action, unitId, before, after);
    }
}

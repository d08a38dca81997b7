package vn.khuyenhoc.accounts;

import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/** An account was created, changed, disabled, enabled or had its password set. Passwords are never recorded. */
public record UserChanged(long userId, String action, Long unitId, Map<String, ?> before, Map<String, ?> after)
        implements Audited {

    @Override
    public AuditEntry audit() {
        return AuditEntry.change("user", userId, action, unitId, before, after);
    }
}

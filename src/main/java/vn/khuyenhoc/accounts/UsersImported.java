package vn.khuyenhoc.accounts;

import java.util.List;
import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/** A list of accounts was created at once (from an Excel or CSV list): one audit entry naming every new id. */
public record UsersImported(List<Long> userIds, Long unitId, String source) implements Audited {

    public UsersImported {
        userIds = List.copyOf(userIds);
    }

    @Override
    public AuditEntry audit() {
        var summary = Map.of("count", userIds.size(), "source", String.valueOf(source));
        return AuditEntry.bulk("user", "import", unitId, summary, userIds);
    }
}

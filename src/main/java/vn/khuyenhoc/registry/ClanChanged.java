package vn.khuyenhoc.registry;

import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/**
 * A clan was created, changed or closed, or a household joined or left it. The audit keeps codes, ids and
 * flags only: the representative's name and phone are personal data and stay out of the log.
 */
public record ClanChanged(long clanId, String action, long communeId, Map<String, ?> before,
                          Map<String, ?> after) implements Audited {

    @Override
    public AuditEntry audit() {
        return AuditEntry.change("clan", clanId, action, communeId, before, after);
    }
}

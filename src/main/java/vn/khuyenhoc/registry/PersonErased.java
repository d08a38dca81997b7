package vn.khuyenhoc.registry;

import java.util.List;
import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/**
 * A person was erased on request: what identified them is gone, the id and the dated memberships stay, so the
 * trail still reads "person #id". {@code headOf} lists the households whose head's name was cleared.
 */
public record PersonErased(long personId, Long unitId, ErasureReason reason, List<Long> headOf) implements Audited {

    @Override
    public AuditEntry audit() {
        return AuditEntry.change("person", personId, "erase", unitId, null,
                Map.of("reason", reason.name(), "households", headOf));
    }
}

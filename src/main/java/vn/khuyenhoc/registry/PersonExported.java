package vn.khuyenhoc.registry;

import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/** Everything held about a person was exported ({@code format} "json" or "xlsx"). */
public record PersonExported(long personId, Long unitId, String format) implements Audited {

    @Override
    public AuditEntry audit() {
        return AuditEntry.change("person", personId, "export", unitId, null, Map.of("format", format));
    }
}

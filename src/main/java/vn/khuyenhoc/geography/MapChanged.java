package vn.khuyenhoc.geography;

import java.util.List;
import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/**
 * The map changed: a unit or village was created, changed or moved, a lineage link was recorded, or an import
 * was committed (one event for the whole import, with every unit it touched).
 */
public record MapChanged(String entity, Long entityId, String action, Long unitId, Map<String, ?> before,
                         Map<String, ?> after, List<Long> affectedIds) implements Audited {

    public static MapChanged single(String entity, long id, String action, Long unitId, Map<String, ?> before,
                                    Map<String, ?> after) {
        return new MapChanged(entity, id, action, unitId, before, after, List.of());
    }

    @Override
    public AuditEntry audit() {
        return new AuditEntry(entity, entityId, action, unitId, before, after, affectedIds);
    }
}

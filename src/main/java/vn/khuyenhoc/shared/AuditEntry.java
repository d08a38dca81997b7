package vn.khuyenhoc.shared;

import java.util.List;
import java.util.Map;

/**
 * What the audit log keeps of one change: the entity and its id, the action, the area it happened in and the
 * state before and after. Personal data is referred to by id, never copied. A bulk operation is one entry whose
 * {@code affectedIds} lists every record it touched.
 *
 * @param entity      short entity name, e.g. "unit", "user", "import"
 * @param entityId    the id of the entity (null for a bulk operation)
 * @param action      what happened, e.g. "create", "update", "disable", "import"
 * @param unitId      the administrative unit the change belongs to (null for national data)
 * @param before      attributes before the change (null on create)
 * @param after       attributes after the change (null on delete)
 * @param affectedIds ids touched by a bulk operation (empty otherwise)
 */
public record AuditEntry(String entity, Long entityId, String action, Long unitId,
                         Map<String, ?> before, Map<String, ?> after, List<Long> affectedIds) {

    public AuditEntry {
        affectedIds = affectedIds == null ? List.of() : List.copyOf(affectedIds);
    }

    public static AuditEntry change(String entity, long id, String action, Long unitId,
                                    Map<String, ?> before, Map<String, ?> after) {
        return new AuditEntry(entity, id, action, unitId, before, after, List.of());
    }

    public static AuditEntry bulk(String entity, String action, Long unitId, Map<String, ?> summary,
                                  List<Long> affectedIds) {
        return new AuditEntry(entity, null, action, unitId, null, summary, affectedIds);
    }
}

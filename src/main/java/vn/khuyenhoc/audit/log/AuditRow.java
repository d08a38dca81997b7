package vn.khuyenhoc.audit.log;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;

/**
 * One entry of the audit log as the page and the API show it. Personal data appears by id only; a bulk
 * operation shows how many records it touched.
 */
record AuditRow(long id, OffsetDateTime at, Long actorId, String actorName, Long unitId, String unitName,
                String entity, Long entityId, String action, JsonNode before, JsonNode after, int affectedCount) {

    /** When it happened, on the clock of the people reading it. */
    public LocalDateTime localAt() {
        return at.atZoneSameInstant(AuditQueries.VIETNAM).toLocalDateTime();
    }

    public boolean hasChanges() {
        return before != null || after != null;
    }
}

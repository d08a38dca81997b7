package vn.khuyenhoc.learningcentre;

import java.util.List;
import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/**
 * A centre changed: opened, merged, its director set, an activity, the visits of a year or a rating recorded.
 * {@code entity} names what changed ("centre", "activity", "visits", "rating"); the audit keeps ids, codes,
 * figures and dates, and a director only as a person id.
 */
public record CentreChanged(String entity, long id, String action, long unitId, Map<String, ?> before,
                            Map<String, ?> after, List<Long> affectedIds) implements Audited {

    public CentreChanged(String entity, long id, String action, long unitId, Map<String, ?> after) {
        this(entity, id, action, unitId, null, after, List.of());
    }

    @Override
    public AuditEntry audit() {
        return new AuditEntry("learningcentre-" + entity, id, action, unitId, before, after, affectedIds);
    }
}

package vn.khuyenhoc.audit.log;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.Text;

/**
 * What the reader of the audit log asks for; every part is optional.
 *
 * @param from   first day (inclusive, Vietnam time)
 * @param to     last day (inclusive)
 * @param actor  user name of whoever made the change
 * @param entity entity name as recorded, e.g. "user"
 * @param action action as recorded, e.g. "create"
 * @param unit   an administrative unit: entries of its subtree
 * @param q      free text over entity and action (or an entity id)
 * @param before keyset cursor: only entries older than this id (the next page)
 */
record AuditFilter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   String actor, String entity, String action, Long unit, String q, Long before) {

    AuditFilter {
        actor = Text.normaliseOrNull(actor);
        entity = Text.normaliseOrNull(entity);
        action = Text.normaliseOrNull(action);
        q = Text.normaliseOrNull(q);
    }

    /** Refuses a range that ends before it starts (a mistake worth saying, not an empty page). */
    AuditFilter checked() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInput("audit.filter.reversedRange");
        }
        return this;
    }

    static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null, null);
    }

    /** The same filter, one page further back. */
    AuditFilter olderThan(long id) {
        return new AuditFilter(from, to, actor, entity, action, unit, q, id);
    }
}

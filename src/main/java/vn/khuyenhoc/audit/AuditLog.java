package vn.khuyenhoc.audit;

import org.springframework.context.event.EventListener;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/**
 * Writes one audit row per {@link Audited} event, synchronously, inside the transaction that made the change
 * ({@code MANDATORY}: a change published outside a transaction is a bug and fails loudly). The actor is the
 * signed-in user, or "system" for start-up work such as demo data.
 */
@Service
public class AuditLog {

    static final String SYSTEM = "system";
    private final JdbcClient jdbc;
    private final AreaGuard guard;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditLog(JdbcClient jdbc, AreaGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Audited change) {
        write(change.audit());
    }

    private void write(AuditEntry entry) {
        CurrentUser actor = guard.currentUser().orElse(null);
        jdbc.sql("""
                insert into audit_entry (actor_id, actor_name, unit_id, unit_path, entity, entity_id, action,
                                         before, after, affected_ids)
                values (:actorId, :actorName, :unit,
                        (select min(path) from geography_unit_scope where unit_id = :unit),
                        :entity, :entityId, :action, cast(:before as jsonb), cast(:after as jsonb),
                        cast(:affected as bigint[]))""")
                .param("actorId", actor == null ? null : actor.id())
                .param("actorName", actor == null ? SYSTEM : actor.username())
                .param("unit", entry.unitId())
                .param("entity", entry.entity()).param("entityId", entry.entityId()).param("action", entry.action())
                .param("before", toJson(entry.before())).param("after", toJson(entry.after()))
                .param("affected", entry.affectedIds().toArray(Long[]::new))
                .update();
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        return json.writeValueAsString(value);
    }
}

package vn.khuyenhoc.audit.log;

import vn.khuyenhoc.shared.Text;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;

/**
 * Reads the audit log within the reader's area, newest first, a page at a time (keyset on the id, so the
 * thousandth page costs what the first does). An entry belongs to an area when the unit's path when it was
 * written, or its path on today's map, lies under one of the area's paths; entries without a unit are national
 * and only administrators read them.
 */
@Component
class AuditQueries {

    static final int PAGE_SIZE = 50;
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String IN_AREA = "(a.unit_path like any (:%1$s) or a.unit_id in "
            + "(select s.unit_id from geography_unit_scope s where s.path like any (:%1$s)))";
    private final JdbcClient jdbc;
    private final AreaGuard guard;
    private final JsonMapper json = JsonMapper.shared();

    AuditQueries(JdbcClient jdbc, AreaGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    AuditPage find(AuditFilter filter, CurrentUser reader) {
        filter.checked();
        var conditions = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        restrictToArea(reader, filter.unit(), conditions, params);
        restrict(filter, conditions, params);
        var rows = jdbc.sql("""
                select a.id, a.at, a.actor_id, a.actor_name, a.unit_id, u.name as unit_name, a.entity, a.entity_id,
                       a.action, a.before::text as before, a.after::text as after,
                       cardinality(a.affected_ids) as affected_count
                from audit_entry a
                left join lateral (select v.name from geography_unit_version v where v.unit_id = a.unit_id
                                   order by v.valid_from desc nulls last limit 1) u on true
                where\s""" + String.join(" and ", conditions) + " order by a.id desc limit :limit")
                .params(params).param("limit", PAGE_SIZE + 1)
                .query(this::row).list();
        if (rows.size() <= PAGE_SIZE) {
            return new AuditPage(rows, null);
        }
        var page = rows.subList(0, PAGE_SIZE);
        return new AuditPage(List.copyOf(page), page.get(PAGE_SIZE - 1).id());
    }

    /** Units to filter by: the provinces for an administrator, else the reader's unit and the communes under it. */
    List<UnitChoice> unitChoices(CurrentUser reader, Long chosen) {
        return jdbc.sql("""
                select c.unit_id as id, c.name from geography_unit_current c
                where not c.closed and (c.unit_id = :chosen or c.unit_id = :own
                   or (c.kind = 'PROVINCE' and :admin) or (c.kind = 'COMMUNE' and c.parent_id = :own))
                order by c.kind <> 'PROVINCE', c.name""")
                .param("chosen", chosen == null ? -1L : chosen)
                .param("own", reader.unitId() == null ? -1L : reader.unitId())
                .param("admin", reader.isAdmin())
                .query(UnitChoice.class).list();
    }

    record UnitChoice(long id, String name) {
    }

    /** The reader's own area (all of it for an administrator), and the unit they chose, re-checked here. */
    private void restrictToArea(CurrentUser reader, Long unit, List<String> conditions, Map<String, Object> params) {
        conditions.add("true");
        if (!reader.isAdmin()) {
            conditions.add(IN_AREA.formatted("scope"));
            params.put("scope", prefixes(guard.scopePaths(reader)));
        }
        if (unit != null) {
            guard.requireRead(unit);
            conditions.add(IN_AREA.formatted("area"));
            params.put("area", prefixes(jdbc.sql("select path from geography_unit_scope where unit_id = :id")
                    .param("id", unit).query(String.class).list()));
        }
    }

    private static void restrict(AuditFilter filter, List<String> conditions, Map<String, Object> params) {
        add(conditions, params, "a.at >= :from", "from", startOf(filter.from()));
        add(conditions, params, "a.at < :to", "to", startOf(filter.to() == null ? null : filter.to().plusDays(1)));
        add(conditions, params, "lower(a.actor_name) = lower(:actor)", "actor", filter.actor());
        add(conditions, params, "a.entity = :entity", "entity", filter.entity());
        add(conditions, params, "a.action = :action", "action", filter.action());
        add(conditions, params, "(a.entity ilike :q or a.action ilike :q or a.entity_id::text = :qExact)", "q",
                filter.q() == null ? null : "%" + Text.escapeLike(filter.q()) + "%");
        if (filter.q() != null) {
            params.put("qExact", filter.q().replace("#", ""));
        }
        add(conditions, params, "a.id < :before", "before", filter.before());
    }

    private static void add(List<String> conditions, Map<String, Object> params, String condition, String name,
                            Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
    }

    private AuditRow row(ResultSet rs, int n) throws SQLException {
        return new AuditRow(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class),
                (Long) rs.getObject("actor_id"), rs.getString("actor_name"), (Long) rs.getObject("unit_id"),
                rs.getString("unit_name"), rs.getString("entity"), (Long) rs.getObject("entity_id"),
                rs.getString("action"), parse(rs.getString("before")), parse(rs.getString("after")),
                rs.getInt("affected_count"));
    }

    private JsonNode parse(String text) {
        return text == null ? null : json.readTree(text);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(VIETNAM).toOffsetDateTime();
    }

    private static String[] prefixes(List<String> paths) {
        return AreaGuard.likePrefixes(paths);
    }
}

package vn.khuyenhoc.statistics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.shared.Text;

/**
 * Targets (chỉ tiêu): the national ones of QĐ 281, 387 and 677 (seeded), and a province's or commune's own. The
 * target that applies to an area is the nearest one up its path on today's map, by the first target year at or
 * after the figure's year (else the latest).
 */
@Service
public class Targets {

    private final JdbcClient jdbc;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;

    Targets(JdbcClient jdbc, AreaGuard guard, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.events = events;
    }

    @Transactional
    public long set(TargetForm form) {
        guard.requireWrite(form.unitId());
        long id = jdbc.sql("""
                insert into stat_target (unit_id, title, year, variant, rate, basis, set_by)
                values (:unit, :title, :year, 'ALL', :rate, :basis, :by)
                on conflict (coalesce(unit_id, 0), title, year, variant) do update set rate = excluded.rate,
                    basis = excluded.basis, set_by = excluded.set_by, version = stat_target.version + 1
                returning id""")
                .param("unit", form.unitId()).param("title", form.title().name()).param("year", form.year())
                .param("rate", form.rate()).param("basis", Text.normalise(form.basis()))
                .param("by", guard.requireUser().id()).query(Long.class).single();
        events.publishEvent(StatisticsChanged.one("statistics-target", id, "set", form.unitId(),
                Map.of("title", form.title().name(), "year", form.year(), "rate", form.rate().toPlainString())));
        return id;
    }

    /** The target that applies to an area's figure of a year (variant ALL, or HOUSEHOLD for citizens). */
    @Transactional(readOnly = true)
    public Optional<Target> applying(long area, String title, int year) {
        return jdbc.sql("""
                with up as (
                    select x.id::bigint as unit_id, x.ord
                    from geography_unit_scope s,
                         unnest(string_to_array(trim(both '/' from s.path), '/')) with ordinality as x(id, ord)
                    where s.unit_id = :area)
                select t.unit_id, t.title, t.year, t.variant, t.rate, t.basis
                from stat_target t left join up on up.unit_id = t.unit_id
                where t.title = :title and t.variant in ('ALL', 'HOUSEHOLD')
                  and (t.unit_id is null or up.unit_id is not null)
                order by coalesce(up.ord, 0) desc, (t.year >= :year) desc,
                         case when t.year >= :year then t.year else -t.year end
                limit 1""")
                .param("area", area).param("title", title).param("year", year)
                .query((rs, n) -> new Target((Long) rs.getObject("unit_id"), rs.getString("title"), rs.getInt("year"),
                        rs.getString("variant"), rs.getBigDecimal("rate"), rs.getString("basis"))).optional();
    }

    /** The targets set for an area itself and the national ones, for the targets page. */
    @Transactional(readOnly = true)
    public List<Target> listed(long area) {
        guard.requireRead(area);
        return jdbc.sql("""
                select unit_id, title, year, variant, rate, basis from stat_target
                where unit_id is null or unit_id = :area order by title, year, unit_id nulls first, variant""")
                .param("area", area)
                .query((rs, n) -> new Target((Long) rs.getObject("unit_id"), rs.getString("title"), rs.getInt("year"),
                        rs.getString("variant"), rs.getBigDecimal("rate"), rs.getString("basis"))).list();
    }
}

package vn.khuyenhoc.statistics;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.statistics.rules.JumpRule;

/**
 * How far (in percentage points) a rate may move from one year to the next before the findings flag it: a
 * province or commune sets it for its area, the nearest setting up an area's path on today's map applies (ADR 0020),
 * else {@link JumpRule#DEFAULT_THRESHOLD}.
 */
@Service
public class JumpThresholds {

    private static final String NEAREST = """
            select distinct on (s.unit_id) s.unit_id, t.points, t.unit_id as set_for
            from geography_unit_scope s
            cross join lateral unnest(string_to_array(trim(both '/' from s.path), '/')) with ordinality as x(id, ord)
            join stat_jump_threshold t on t.unit_id = x.id::bigint
            where s.unit_id = any(:units)
            order by s.unit_id, x.ord desc""";

    private final JdbcClient jdbc;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;

    JumpThresholds(JdbcClient jdbc, AreaGuard guard, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.events = events;
    }

    /** The threshold that applies to an area, and the area that set it (none: the default). */
    public record Applying(BigDecimal points, Long setFor) {
    }

    /** Sets a province's or commune's own threshold (0 &lt; points ≤ 100). */
    @Transactional
    public void set(long area, BigDecimal points) {
        guard.requireWrite(area);
        if (points == null || points.signum() <= 0 || points.compareTo(BigDecimal.valueOf(100)) > 0
                || points.scale() > 2) {
            throw new InvalidInput("statistics.finding.threshold.invalid");
        }
        String kind = jdbc.sql("select kind from geography_unit_current where unit_id = :id and not closed")
                .param("id", area).query(String.class).optional().orElse("");
        if (!kind.equals("PROVINCE") && !kind.equals("COMMUNE")) {
            throw new InvalidInput("statistics.finding.threshold.level");
        }
        jdbc.sql("""
                insert into stat_jump_threshold (unit_id, points, set_by) values (:unit, :points, :by)
                on conflict (unit_id) do update set points = excluded.points, set_by = excluded.set_by,
                    set_at = now(), version = stat_jump_threshold.version + 1""")
                .param("unit", area).param("points", points).param("by", guard.requireUser().id()).update();
        events.publishEvent(StatisticsChanged.one("statistics-jump-threshold", area, "set", area,
                Map.of("points", points.toPlainString())));
    }

    /** The threshold that applies to an area. */
    @Transactional(readOnly = true)
    public Applying applying(long area) {
        guard.requireRead(area);
        return jdbc.sql(NEAREST).param("units", new Long[] {area})
                .query((rs, n) -> new Applying(rs.getBigDecimal("points"), rs.getLong("set_for"))).optional()
                .orElse(new Applying(JumpRule.DEFAULT_THRESHOLD, null));
    }

    /** The least threshold that applies to the area or to any unit under it: the SQL preselection's bound. */
    @Transactional(readOnly = true)
    public BigDecimal least(long area) {
        guard.requireRead(area);
        return jdbc.sql("""
                select least(coalesce((select points from (%s) own), :default),
                             coalesce((select min(t.points) from stat_jump_threshold t
                                       join geography_unit_scope s on s.unit_id = t.unit_id
                                       join geography_unit_scope a on a.unit_id = :area
                                            and s.path like a.path || '%%'), :default))"""
                        .formatted(NEAREST))
                .param("units", new Long[] {area}).param("area", area).param("default", JumpRule.DEFAULT_THRESHOLD)
                .query(BigDecimal.class).single();
    }

    /** The threshold of each unit (the default where nothing is set above it). */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> of(Collection<Long> units) {
        var thresholds = new HashMap<Long, BigDecimal>();
        units.forEach(unit -> thresholds.put(unit, JumpRule.DEFAULT_THRESHOLD));
        if (!units.isEmpty()) {
            jdbc.sql(NEAREST).param("units", units.toArray(Long[]::new))
                    .query((rs, n) -> Map.entry(rs.getLong("unit_id"), rs.getBigDecimal("points"))).list()
                    .forEach(e -> thresholds.put(e.getKey(), e.getValue()));
        }
        return thresholds;
    }

    /** The area's own setting, if it made one (the findings page's form shows it). */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> own(long area) {
        return jdbc.sql("select points from stat_jump_threshold where unit_id = :id").param("id", area)
                .query(BigDecimal.class).optional();
    }
}

package vn.khuyenhoc.statistics.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.statistics.AreaFigures;
import vn.khuyenhoc.statistics.BoundaryView;
import vn.khuyenhoc.statistics.Figure;

/**
 * An area's figures and its child areas', in either boundary view: read from the totals kept in {@code stat_rollup}
 * (ADR 0019), or, where a return lies under the area, summed from the counts by one join of {@code stat_count}
 * with an ancestry table and a GROUP BY (ADR 0013): a return counts only where no records exist under its unit
 * and no return above it inside the area is used.
 */
@Component
public class Rollups {

    private static final String HISTORICAL = """
            (select unit_id, ancestor_id, depth, 1.0::numeric as weight, true as exact
             from stat_ancestry where year = :year)""";
    private static final String TODAY = "(select unit_id, ancestor_id, depth, weight, exact from stat_today_ancestry)";

    private static final String SQL = """
            with anc as not materialized %s,
            under as not materialized (select unit_id, weight, exact from anc where ancestor_id = :area),
            child_of as not materialized (
                select a.unit_id, a.ancestor_id as child_id, a.weight, a.exact
                from anc a join anc k on k.unit_id = a.ancestor_id and k.ancestor_id = :area and k.depth = 1),
            c as not materialized (select s.* from stat_count s join under u on u.unit_id = s.unit_id
                  where s.year = :year and s.title = :title),
            e as (
                select unit_id, subjects, registered, recognised, false as reported from c where source = 'RECORDS'
                union all
                select r.unit_id, r.subjects, r.registered, r.recognised, true from c r
                where r.source = 'REPORTED'
                  and not exists (select 1 from c x join anc xa on xa.unit_id = x.unit_id
                                  where xa.ancestor_id = r.unit_id and x.source = 'RECORDS' and x.registered > 0)
                  and not exists (select 1 from c p join anc pa on pa.ancestor_id = p.unit_id
                                  where pa.unit_id = r.unit_id and pa.depth > 0 and p.source = 'REPORTED')),
            w as (
                select g.child_id, e.*, g.weight, g.exact from e join child_of g on g.unit_id = e.unit_id
                union all
                select null, e.*, u.weight, u.exact from e join under u on u.unit_id = e.unit_id)
            select w.child_id, n.name,
                   round(sum(w.subjects * w.weight))::bigint as subjects,
                   round(sum(w.registered * w.weight))::bigint as registered,
                   round(sum(w.recognised * w.weight))::bigint as recognised,
                   bool_or(w.reported) as reported,
                   bool_or(not w.exact and w.weight is not null) as estimated,
                   bool_or(w.weight is null) as not_comparable
            from w left join lateral (%s) n on true
            group by w.child_id, n.name
            order by n.name""";

    private final JdbcClient jdbc;
    private final RollupRows totals;

    Rollups(JdbcClient jdbc, RollupRows totals) {
        this.jdbc = jdbc;
        this.totals = totals;
    }

    /** The roll-up statement of a view (parameters :area, :year, :title), for the benchmark's plans. */
    public static String sql(BoundaryView view) {
        return SQL.formatted(view == BoundaryView.TODAYS_MAP ? TODAY : HISTORICAL, CurrentUnit.of("w.child_id"));
    }

    /**
     * The area's figure and its children's. Without a return under the area they are read from the kept totals
     * (ADR 0019); with one, the statement above applies the rules of returns over the area's counts.
     */
    public AreaFigures of(long area, int year, String title, BoundaryView view) {
        var kept = totals.total(area, year, title, view);
        if (kept.isEmpty()) {
            return new AreaFigures(area, year, title, view, Figure.none(area), List.of());
        }
        if (!kept.get().withReturns()) {
            return new AreaFigures(area, year, title, view, kept.get().figure(),
                    totals.children(area, year, title, view));
        }
        return exactly(area, year, title, view);
    }

    /**
     * The area's totals for one year (every title) and for one title (every year) at once, as a dashboard needs
     * them: one read of the kept totals, the exact statement only where a return lies under the area.
     */
    public Map<RollupRows.Key, Figure> totals(long area, BoundaryView view, int year, String title) {
        var figures = new HashMap<RollupRows.Key, Figure>();
        totals.totals(area, view, year, title).forEach((key, kept) -> figures.put(key, kept.withReturns()
                ? exactly(area, key.year(), key.title(), view).total() : kept.figure()));
        return figures;
    }

    /** The exact statement (used where a return lies under the area; public for the tests that compare). */
    public AreaFigures exactly(long area, int year, String title, BoundaryView view) {
        // As the map was: a generic plan (chosen after five executions of a prepared statement) cannot see how few
        // ancestry rows one year and one area select, and was ten times slower, so each call is planned for its
        // values.
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        List<Figure> rows = jdbc.sql(sql(view)).param("area", area).param("year", year).param("title", title)
                .query((rs, n) -> new Figure((Long) rs.getObject("child_id"), rs.getString("name"),
                        rs.getLong("subjects"), rs.getLong("registered"), rs.getLong("recognised"),
                        rs.getBoolean("reported"), rs.getBoolean("estimated"), rs.getBoolean("not_comparable")))
                .list();
        Figure total = Figure.none(area);
        var children = new ArrayList<Figure>();
        for (Figure row : rows) {
            if (row.unitId() == null) {
                total = new Figure(area, null, row.subjects(), row.registered(), row.recognised(), row.reported(),
                        row.estimated(), row.notComparable());
            } else {
                children.add(row);
            }
        }
        return new AreaFigures(area, year, title, view, total, children);
    }
}

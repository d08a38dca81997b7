package vn.khuyenhoc.statistics.counts;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.statistics.BoundaryView;

/**
 * Keeps the two ancestry tables the roll-ups join: {@code stat_ancestry} per year from the dated parent links on
 * the registry's reference day ("as the map was"), and {@code stat_today_ancestry} from today's scope paths with
 * split weights ({@link TodayWeights}). The areas' totals summed through an ancestry are rebuilt with it.
 */
@Component
public class Ancestries {

    private final JdbcClient jdbc;
    private final TodayWeights today;
    private final RollupTotals totals;

    Ancestries(JdbcClient jdbc, TodayWeights today, RollupTotals totals) {
        this.jdbc = jdbc;
        this.today = today;
        this.totals = totals;
    }

    /** After a map change: every year already counted, and today's map. */
    @Transactional
    public void rebuildAll() {
        jdbc.sql("select distinct year from stat_count order by year").query(Integer.class).list()
                .forEach(this::rebuildHistorical);
        rebuildTodaysMap();
    }

    /** A year's historical ancestry; today's map only when it was never built (a map change rebuilds it). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void rebuildYear(int year) {
        rebuildHistorical(year);
        if (!jdbc.sql("select exists (select 1 from stat_today_ancestry)").query(Boolean.class).single()) {
            rebuildTodaysMap();
        }
    }

    /** Today's map only (the administrators' recompute does it beside the year). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void rebuildToday() {
        rebuildTodaysMap();
    }

    private void rebuildTodaysMap() {
        today.rebuild();
        totals.rebuild(BoundaryView.TODAYS_MAP, totals.countedYears());
    }

    /** Makes sure a year has its historical ancestry (a year first counted by an event). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void ensureYear(int year) {
        boolean present = jdbc.sql("select exists (select 1 from stat_ancestry where year = :year)")
                .param("year", year).query(Boolean.class).single();
        if (!present) {
            rebuildYear(year);
        }
    }

    private void rebuildHistorical(int year) {
        jdbc.sql("delete from stat_ancestry where year = :year").param("year", year).update();
        jdbc.sql("""
                insert into stat_ancestry (year, unit_id, ancestor_id, depth)
                with recursive v as (
                    select u.unit_id, u.parent_id
                    from geography_unit_version u
                    join registry_years y on y.year = :year
                    where (u.valid_from is null or u.valid_from <= y.reference_day)
                      and (u.valid_to is null or u.valid_to >= y.reference_day)
                ), walk (unit_id, ancestor_id, parent_id, depth) as (
                    select unit_id, unit_id, parent_id, 0 from v
                    union all
                    select w.unit_id, v.unit_id, v.parent_id, w.depth + 1
                    from walk w join v on v.unit_id = w.parent_id
                    where w.depth < 10
                )
                select distinct on (unit_id, ancestor_id) :year, unit_id, ancestor_id, depth
                from walk order by unit_id, ancestor_id, depth""")
                .param("year", year).update();
        totals.rebuild(BoundaryView.AS_THE_MAP_WAS, List.of(year));
    }
}

package vn.khuyenhoc.statistics.counts;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.statistics.BoundaryView;

/**
 * Keeps {@code stat_rollup}, every area's totals (ADR 0019). Single changes follow {@code stat_count} through its
 * statement triggers; a bulk write (a year's recompute) switches them off for its transaction and rebuilds the
 * year's totals in one pass, and a change of the ancestries rebuilds the view whose ancestry changed.
 */
@Component
class RollupTotals {

    private final JdbcClient jdbc;

    RollupTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs a bulk write of counts without the per-statement triggers: the caller rebuilds the totals after it. */
    void withoutTriggers(Runnable bulkWrite) {
        jdbc.sql("select set_config('khuyenhoc.rollup_rebuild', 'on', true)").query(String.class).single();
        try {
            bulkWrite.run();
        } finally {
            jdbc.sql("select set_config('khuyenhoc.rollup_rebuild', 'off', true)").query(String.class).single();
        }
    }

    /** Rebuilds both views' totals for the years (their counts were rewritten). */
    void rebuild(Collection<Integer> years) {
        for (BoundaryView view : BoundaryView.values()) {
            rebuild(view, years);
        }
    }

    /** Rebuilds one view's totals for the years (its ancestry changed). */
    void rebuild(BoundaryView view, Collection<Integer> years) {
        jdbc.sql("select stat_rollup_rebuild(:boundary, :years)")
                .param("boundary", view.name()).param("years", years.toArray(Integer[]::new))
                .query().singleRow();
    }

    /** Every year counted so far (today's map changes them all). */
    Collection<Integer> countedYears() {
        return jdbc.sql("select distinct year from stat_count").query(Integer.class).list();
    }
}

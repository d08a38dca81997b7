package vn.khuyenhoc.statistics.counts;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StopWatch;

/**
 * Rebuilds a year's RECORDS counts from the published views: one GROUP BY pass over the registrations and one
 * over the denominators, read as plain queries (parallel workers, see {@link ScratchTable}) into scratch tables,
 * from which the counts and the breakdowns are written, so its cost stays close to a bare GROUP BY over the same
 * rows (ADR 0013, 0019). Returns are left alone; the year's ancestry is built if missing (a map change rebuilds
 * it, and so does the administrators' recompute). Step timings go to the debug log.
 */
@Component
public class YearRecompute {

    private static final Logger log = LoggerFactory.getLogger(YearRecompute.class);
    private static final Map<String, List<ScratchTable.Column>> COLUMNS = Map.of(
            "stat_pass", columns("unit_id bigint", "title text", "band text", "level int", "n bigint", "r bigint"),
            "stat_subjects", columns("unit_id bigint", "title text", "subjects bigint"),
            "stat_citizens", columns("unit_id bigint", "value text", "subjects bigint"));

    private final JdbcClient jdbc;
    private final Ancestries ancestries;
    private final RollupTotals totals;
    private final CitizenGroups citizenGroups;

    YearRecompute(JdbcClient jdbc, Ancestries ancestries, RollupTotals totals, CitizenGroups citizenGroups) {
        this.jdbc = jdbc;
        this.ancestries = ancestries;
        this.totals = totals;
        this.citizenGroups = citizenGroups;
    }

    /** Returns the number of count rows written. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int recompute(int year) {
        var steps = new StopWatch("recompute of " + year);
        // The planner cannot know that bands and levels are few: with the default 4 MB it sorted a year's
        // registrations on disk to group them (and split the hash join with the recognitions into batches).
        // Enough memory lets it hash them, as the bare GROUP BY does; the setting ends with the transaction.
        jdbc.sql("set local work_mem = '64MB'").update();
        int[] rows = new int[1];
        totals.withoutTriggers(() -> rows[0] = rewrite(year, steps));
        steps.start("areas' totals");
        totals.rebuild(List.of(year));
        steps.stop();
        steps.start("breakdowns");
        breakdowns(year);
        ancestries.ensureYear(year);
        steps.stop();
        steps.start("citizens by group");
        citizenGroups.recompute(year);
        steps.stop();
        log.debug("{}", steps.prettyPrint());
        return rows[0];
    }

    private int rewrite(int year, StopWatch steps) {
        steps.start("delete");
        jdbc.sql("delete from stat_count where year = :year and source = 'RECORDS'").param("year", year).update();
        jdbc.sql("delete from stat_breakdown where year = :year").param("year", year).update();
        steps.stop();
        steps.start("registrations");
        scratch("stat_pass", """
                select subject_unit_id as unit_id, title, band, level, count(*) as n,
                       count(*) filter (where recognised) as r
                from round_registration_figure where year = :year group by subject_unit_id, title, band, level""",
                Map.of("year", year));
        steps.stop();
        steps.start("denominators");
        denominators(year);
        steps.stop();
        steps.start("counts");
        int rows = jdbc.sql("""
                insert into stat_count (unit_id, year, title, source, subjects, registered, recognised)
                select unit_id, :year, title, 'RECORDS', sum(subjects), sum(registered), sum(recognised)
                from (select unit_id, title, 0 as subjects, sum(n) as registered, sum(r) as recognised
                      from stat_pass group by unit_id, title
                      union all
                      select unit_id, title, subjects, 0, 0 from stat_subjects
                      union all
                      select unit_id, 'CONG_DAN', sum(subjects), 0, 0 from stat_citizens group by unit_id) x
                group by unit_id, title""")
                .param("year", year).update();
        steps.stop();
        return rows;
    }

    /** The year's denominators on its reference day, bound: a parallel scan of the residences (ADR 0023). */
    private void denominators(int year) {
        var params = new HashMap<String, Object>(Map.of("year", year));
        params.put("day", jdbc.sql("select reference_day from registry_years where year = :year")
                .param("year", year).query(LocalDate.class).optional().orElse(null));
        scratch("stat_subjects", SubjectSources.allButCitizens(), params);
        scratch("stat_citizens", SubjectSources.citizensByGroup(), params);
    }

    private void scratch(String table, String select, Map<String, ?> params) {
        new ScratchTable(jdbc, table, COLUMNS.get(table)).fill(select, params);
    }

    private static List<ScratchTable.Column> columns(String... definitions) {
        return Arrays.stream(definitions).map(d -> d.split(" "))
                .map(d -> new ScratchTable.Column(d[0], d[1])).toList();
    }

    private void breakdowns(int year) {
        jdbc.sql("""
                insert into stat_breakdown (unit_id, year, title, dimension, value, registered, recognised)
                select unit_id, :year, title, 'BAND', band, sum(n), sum(r) from stat_pass where band is not null
                group by unit_id, title, band
                union all
                select unit_id, :year, title, 'LEVEL', level::text, sum(n), sum(r) from stat_pass
                where level is not null group by unit_id, title, level""")
                .param("year", year).update();
        jdbc.sql("insert into stat_breakdown (unit_id, year, title, dimension, value, subjects) "
                        + "select unit_id, :year, 'CONG_DAN', 'TARGET_GROUP', value, subjects from stat_citizens")
                .param("year", year).update();
    }
}

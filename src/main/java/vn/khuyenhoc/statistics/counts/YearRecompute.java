package vn.khuyenhoc.statistics.counts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds a year's RECORDS counts from the published views: one GROUP BY pass over the registrations into a
 * scratch table, from which the counts (with the denominators) and the breakdowns are written, so its cost stays
 * close to a bare GROUP BY over the same rows (ADR 0013). Returns are left alone; the year's ancestry is built if missing (a map
 * change rebuilds it, and so does the administrators' recompute).
 */
@Component
public class YearRecompute {

    private final JdbcClient jdbc;
    private final Ancestries ancestries;

    YearRecompute(JdbcClient jdbc, Ancestries ancestries) {
        this.jdbc = jdbc;
        this.ancestries = ancestries;
    }

    /** Returns the number of count rows written. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int recompute(int year) {
        jdbc.sql("delete from stat_count where year = :year and source = 'RECORDS'").param("year", year).update();
        jdbc.sql("delete from stat_breakdown where year = :year").param("year", year).update();
        onePass(year);
        int rows = jdbc.sql("insert into stat_count (unit_id, year, title, source, subjects, registered, recognised)\n"
                        + "select unit_id, :year, title, 'RECORDS', sum(subjects), sum(registered), sum(recognised)\n"
                        + "from (select unit_id, title, 0 as subjects, sum(n) as registered, sum(r) as recognised\n"
                        + "      from stat_pass group by unit_id, title\n"
                        + "      union all\n"
                        + "      select unit_id, title, subjects, 0, 0 from (" + SubjectSources.all() + ") s) x\n"
                        + "group by unit_id, title")
                .param("year", year).update();
        breakdowns(year);
        ancestries.ensureYear(year);
        new CitizenGroups(jdbc).recompute(year);
        return rows;
    }

    /** The only pass over the registrations: counts by unit, title, band and level, into a scratch table. */
    private void onePass(int year) {
        jdbc.sql("""
                create temporary table if not exists stat_pass (unit_id bigint, title text, band text, level int,
                                                                n bigint, r bigint) on commit drop""").update();
        jdbc.sql("truncate stat_pass").update();
        jdbc.sql("""
                insert into stat_pass
                select subject_unit_id, title, band, level, count(*), count(*) filter (where recognised)
                from round_registration_figure where year = :year group by subject_unit_id, title, band, level""")
                .param("year", year).update();
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
                        + "select unit_id, :year, 'CONG_DAN', 'TARGET_GROUP', value, subjects from ("
                        + SubjectSources.citizensByGroup() + ") g")
                .param("year", year).update();
    }
}

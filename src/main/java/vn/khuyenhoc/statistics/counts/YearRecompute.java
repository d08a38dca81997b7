package vn.khuyenhoc.statistics.counts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds a year's RECORDS counts from the published views: one {@code insert … select … group by} over the
 * registrations and the denominators together, and one for the breakdowns, so its cost stays close to a bare
 * GROUP BY over the same rows (ADR 0013). Returns are left alone.
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
        int rows = jdbc.sql("insert into stat_count (unit_id, year, title, source, subjects, registered, recognised)\n"
                        + "select unit_id, :year, title, 'RECORDS', sum(subjects), sum(registered), sum(recognised)\n"
                        + "from (select subject_unit_id as unit_id, title, 0 as subjects, count(*) as registered,\n"
                        + "             count(*) filter (where recognised) as recognised\n"
                        + "      from round_registration_figure where year = :year group by subject_unit_id, title\n"
                        + "      union all\n"
                        + "      select unit_id, title, subjects, 0, 0 from (" + SubjectSources.all() + ") s) x\n"
                        + "group by unit_id, title")
                .param("year", year).update();
        breakdowns(year);
        ancestries.rebuildYear(year);
        return rows;
    }

    private void breakdowns(int year) {
        jdbc.sql("""
                insert into stat_breakdown (unit_id, year, title, dimension, value, registered, recognised)
                select f.subject_unit_id, :year, f.title, d.dimension, d.value, count(*),
                       count(*) filter (where f.recognised)
                from round_registration_figure f
                cross join lateral (values ('BAND', f.band), ('LEVEL', f.level::text)) as d(dimension, value)
                where f.year = :year and d.value is not null
                group by f.subject_unit_id, f.title, d.dimension, d.value""")
                .param("year", year).update();
        jdbc.sql("insert into stat_breakdown (unit_id, year, title, dimension, value, subjects) "
                        + "select unit_id, :year, 'CONG_DAN', 'TARGET_GROUP', value, subjects from ("
                        + SubjectSources.citizensByGroup() + ") g")
                .param("year", year).update();
    }
}

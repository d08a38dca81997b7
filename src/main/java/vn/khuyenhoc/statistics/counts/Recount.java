package vn.khuyenhoc.statistics.counts;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recounts only the given (unit, year, title) keys from the round's view, in the caller's transaction, so a
 * decision over a village's households costs a few index look-ups rather than a recompute (ADR 0013).
 */
@Component
public class Recount {

    private final JdbcClient jdbc;

    Recount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The keys touched by the given registrations (or, for a revocation, recognitions). */
    public List<CountKey> keysOf(Collection<Long> ids, boolean recognitions) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String column = recognitions ? "recognition_id" : "registration_id";
        return jdbc.sql("select distinct subject_unit_id, year, title from round_registration_figure where "
                        + column + " = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> new CountKey(rs.getLong(1), rs.getInt(2), rs.getString(3))).list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recount(Collection<CountKey> keys) {
        keys.forEach(this::recount);
    }

    private void recount(CountKey key) {
        int updated = jdbc.sql("""
                update stat_count c set registered = f.registered, recognised = f.recognised
                from (select count(*) as registered, count(*) filter (where recognised) as recognised
                      from round_registration_figure
                      where subject_unit_id = :unit and year = :year and title = :title) f
                where c.unit_id = :unit and c.year = :year and c.title = :title and c.source = 'RECORDS'""")
                .param("unit", key.unitId()).param("year", key.year()).param("title", key.title()).update();
        if (updated == 0) {
            insert(key);
        }
        breakdown(key);
    }

    private void insert(CountKey key) {
        String subjects = SubjectSources.one(key.title());
        jdbc.sql("insert into stat_count (unit_id, year, title, source, subjects, registered, recognised) "
                        + "select :unit, :year, :title, 'RECORDS', "
                        + (subjects == null ? "0" : "coalesce((select sum(s.subjects) from (" + subjects + ") s(unit_id, title, subjects)), 0)")
                        + ", count(*), count(*) filter (where recognised) from round_registration_figure "
                        + "where subject_unit_id = :unit and year = :year and title = :title")
                .param("unit", key.unitId()).param("year", key.year()).param("title", key.title()).update();
    }

    private void breakdown(CountKey key) {
        jdbc.sql("""
                delete from stat_breakdown where unit_id = :unit and year = :year and title = :title
                  and dimension in ('BAND', 'LEVEL')""")
                .param("unit", key.unitId()).param("year", key.year()).param("title", key.title()).update();
        jdbc.sql("""
                insert into stat_breakdown (unit_id, year, title, dimension, value, registered, recognised)
                select :unit, :year, :title, d.dimension, d.value, count(*), count(*) filter (where f.recognised)
                from round_registration_figure f
                cross join lateral (values ('BAND', f.band), ('LEVEL', f.level::text)) as d(dimension, value)
                where f.subject_unit_id = :unit and f.year = :year and f.title = :title and d.value is not null
                group by d.dimension, d.value""")
                .param("unit", key.unitId()).param("year", key.year()).param("title", key.title()).update();
    }
}

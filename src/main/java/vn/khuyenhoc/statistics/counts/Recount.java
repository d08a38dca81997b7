package vn.khuyenhoc.statistics.counts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recounts only the given (unit, year, title) keys from the round's view, in the caller's transaction, so a
 * decision over a village's households costs one statement per title rather than a recompute (ADR 0013).
 */
@Component
public class Recount {

    // One pass over the keys' registrations writes the counts and the breakdowns: each statement is a round trip
    // and a re-read of the same rows, which made up most of the cost of a decision. Denominators are taken only
    // when a key is first counted (coalesce evaluates the registry's views only for a missing row); the first key of
    // a title in a year writes every unit's (firstOfYear, after it). The answer: the keys' years in which the title
    // had no counts before it, and those without a historical ancestry.
    private static final String SQL = """
            with k as (select * from stat_keys(cast(:units as bigint[]), cast(:years as int[]))),
            f as materialized (
                select f.subject_unit_id as unit_id, f.year, f.band, f.level,
                       count(*) as n, count(*) filter (where f.recognised) as r
                from round_registration_figure f join k on k.unit_id = f.subject_unit_id and k.year = f.year
                where f.title = :title group by 1, 2, 3, 4),
            t as (select k.unit_id, k.year, coalesce(sum(f.n), 0) as n, coalesce(sum(f.r), 0) as r
                  from k left join f on f.unit_id = k.unit_id and f.year = k.year group by 1, 2),
            counts as (
                insert into stat_count (unit_id, year, title, source, subjects, registered, recognised)
                select t.unit_id, t.year, :title, 'RECORDS',
                       coalesce((select c.subjects from stat_count c where c.unit_id = t.unit_id and c.year = t.year
                                   and c.title = :title and c.source = 'RECORDS'), %s), t.n, t.r
                from t
                on conflict (year, title, unit_id, source)
                do update set registered = excluded.registered, recognised = excluded.recognised),
            b as (select f.unit_id, f.year, d.dimension, d.value, sum(f.n) as n, sum(f.r) as r
                  from f cross join lateral (values ('BAND', f.band), ('LEVEL', f.level::text)) as d(dimension, value)
                  where d.value is not null group by 1, 2, 3, 4),
            kept as (
                insert into stat_breakdown (unit_id, year, title, dimension, value, registered, recognised)
                select unit_id, year, :title, dimension, value, n, r from b
                on conflict (year, title, unit_id, dimension, value)
                do update set registered = excluded.registered, recognised = excluded.recognised),
            gone as (
                delete from stat_breakdown s using k
                where s.unit_id = k.unit_id and s.year = k.year and s.title = :title
                  and s.dimension in ('BAND', 'LEVEL')
                  and not exists (select 1 from b where b.unit_id = s.unit_id and b.year = s.year
                                  and b.dimension = s.dimension and b.value = s.value))
            select array(select distinct k.year from k where not exists (
                             select 1 from stat_count c where c.year = k.year and c.title = :title
                             and c.source = 'RECORDS')),
                   array(select distinct k.year from k
                         where not exists (select 1 from stat_ancestry a where a.year = k.year))""";

    private final JdbcClient jdbc;

    Recount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The recount statement of a title (parameters :units, :years, :title), for the benchmark's plans. */
    public static String sql(String title) {
        return SQL.formatted(SubjectSources.correlated(title, "t.unit_id", "t.year"));
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

    /**
     * Recounts the keys; answers the years among them that have no historical ancestry yet (the caller builds it:
     * the triggers could not place their counts under any area of that year).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<Integer> recount(Collection<CountKey> keys) {
        Map<String, List<CountKey>> byTitle = keys.stream().collect(Collectors.groupingBy(CountKey::title));
        var unplaced = new TreeSet<Integer>();
        byTitle.forEach((title, ofTitle) -> unplaced.addAll(recount(title, ofTitle)));
        return unplaced;
    }

    // Whether the title was counted in the year and whether the year has an ancestry come back with the recount
    // (its snapshot is taken before its own writes), not as round trips of their own before it: both are true for
    // every decision but the first of a title in a year.
    private List<Integer> recount(String title, List<CountKey> keys) {
        List<List<Integer>> years = jdbc.sql(sql(title))
                .param("units", keys.stream().map(CountKey::unitId).toArray(Long[]::new))
                .param("years", keys.stream().map(CountKey::year).toArray(Integer[]::new))
                .param("title", title).query((rs, n) -> List.of(years(rs, 1), years(rs, 2))).single();
        years.get(0).forEach(year -> firstOfYear(title, year));
        return years.get(1);
    }

    private static List<Integer> years(ResultSet rs, int column) throws SQLException {
        return List.of((Integer[]) rs.getArray(column).getArray());
    }

    /**
     * The first count of a title in a year writes every unit's denominator, so a commune shows 8/14 khu phố and
     * not 8/8 before anyone recomputes the year; the keys just counted keep their rows.
     */
    private void firstOfYear(String title, int year) {
        SubjectSources.of(title).ifPresent(rows -> jdbc.sql(
                        "insert into stat_count (unit_id, year, title, source, subjects) "
                                + "select unit_id, :year, title, 'RECORDS', subjects from (" + rows + ") s "
                                + "where subjects > 0 on conflict do nothing")
                .param("year", year).update());
    }
}

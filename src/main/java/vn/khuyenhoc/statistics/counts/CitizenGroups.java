package vn.khuyenhoc.statistics.counts;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registered and recognised citizens by target group, the TARGET_GROUP rows of {@code stat_breakdown} beside the
 * subjects the registry gives per group (ADR 0021): a citizen's registration names the person, whose group
 * comes from {@code registry_person_group}; a person without one counts as UNKNOWN, as in the denominators.
 */
@Component
public class CitizenGroups {

    private static final String TITLE = "CONG_DAN";

    // One statement: the groups found are upserted (their subjects kept); a group of a key no longer registered
    // goes back to zero rather than away, since its subjects still stand.
    private static final String SQL = """
            with k as (%s),
            f as materialized (
                select f.subject_unit_id as unit_id, f.year, coalesce(g.target_group, 'UNKNOWN') as value,
                       count(*) as n, count(*) filter (where f.recognised) as r
                from round_registration_figure f
                left join registry_person_group g on f.subject_kind = 'person' and g.person_id = f.subject_id
                where f.title = 'CONG_DAN' and %s group by 1, 2, 3),
            kept as (
                insert into stat_breakdown (unit_id, year, title, dimension, value, registered, recognised)
                select unit_id, year, 'CONG_DAN', 'TARGET_GROUP', value, n, r from f
                on conflict (year, title, unit_id, dimension, value)
                do update set registered = excluded.registered, recognised = excluded.recognised
                returning 1),
            gone as (
                update stat_breakdown s set registered = 0, recognised = 0 from k
                where s.unit_id = k.unit_id and s.year = k.year and s.title = 'CONG_DAN'
                  and s.dimension = 'TARGET_GROUP' and (s.registered <> 0 or s.recognised <> 0)
                  and not exists (select 1 from f where f.unit_id = s.unit_id and f.year = s.year
                                  and f.value = s.value)
                returning 1)
            select (select count(*) from kept) + (select count(*) from gone)""";

    private static final String KEYS = """
            select * from stat_keys(cast(:units as bigint[]), cast(:years as int[]))""";
    private static final String OF_KEYS = "(f.subject_unit_id, f.year) in (select unit_id, year from k)";

    // A year's recompute reads the year's registrations once; its keys only say which rows may go back to zero.
    private static final String YEAR_ROWS = """
            select distinct unit_id, year from stat_breakdown
            where year = :year and title = 'CONG_DAN' and dimension = 'TARGET_GROUP'""";
    private static final String OF_YEAR = "f.year = :year";

    private final JdbcClient jdbc;

    CitizenGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Recounts the groups of the citizens' keys among the given ones; returns the breakdown rows written. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int recount(Collection<CountKey> keys) {
        List<CountKey> citizens = keys.stream().filter(k -> TITLE.equals(k.title())).toList();
        if (citizens.isEmpty()) {
            return 0;
        }
        return jdbc.sql(SQL.formatted(KEYS, OF_KEYS))
                .param("units", citizens.stream().map(CountKey::unitId).toArray(Long[]::new))
                .param("years", citizens.stream().map(CountKey::year).toArray(Integer[]::new))
                .query(Integer.class).single();
    }

    /** Recounts the groups of every citizens' key of a year; returns the breakdown rows written. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int recompute(int year) {
        return jdbc.sql(SQL.formatted(YEAR_ROWS, OF_YEAR)).param("year", year).query(Integer.class).single();
    }
}

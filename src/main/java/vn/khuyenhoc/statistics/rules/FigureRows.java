package vn.khuyenhoc.statistics.rules;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Selects in SQL the few figures under an area that can break a rule (the rules themselves decide): a unit is under
 * the area if it lay there that year or lies there on today's map, so a merged commune's or province's findings
 * include the figures its parts filed before the merger, as its dashboard does on today's map.
 */
@Component
public class FigureRows {

    /** A counted figure with its source and its parent unit that year. */
    public record Row(Counts counts, String source, Long parentId) {
    }

    /** A figure and the same unit's, title's and source's figure of the year before. */
    public record Pair(Counts previous, Counts current) {
    }

    /** What the records under a return's unit (the unit and its children) count for the return's title. */
    public record Records(long unitId, String title, long registered, long recognised) {
    }

    /** A commune's villages with a return for a title, and the villages with a figure (a return or registrations). */
    public record VillageReturns(long communeId, String title, List<Long> present) {
    }

    /** The slack of the SQL preselection of jumps: the exact comparison is {@link JumpRule}'s. */
    static final BigDecimal JUMP_MARGIN = new BigDecimal("0.01");

    /**
     * The units under the area in a year, as a semi-join rather than a set materialised for every statement, so that
     * the planner picks its order: a hash of the area's units in a province, index lookups in a small area.
     */
    static String under(String unit, String year) {
        // a text block drops the space after the "and" it follows
        return " " + """
                %s in (select unit_id from stat_ancestry where year = %s and ancestor_id = :area
                       union all
                       select unit_id from stat_today_ancestry where ancestor_id = :area)""".formatted(unit, year);
    }

    static final String SUSPECTS = """
            select s.unit_id, s.year, s.title, s.subjects, s.registered, s.recognised, s.source, r.printed_rate,
                   p.ancestor_id as parent_id
            from stat_count s
            left join stat_return r on s.source = 'REPORTED' and r.unit_id = s.unit_id and r.year = s.year
                 and r.title = s.title
            left join stat_ancestry p on p.year = s.year and p.unit_id = s.unit_id and p.depth = 1
            where s.year = :year and (s.source = 'REPORTED' or s.recognised > s.registered or s.registered > s.subjects)
              and """ + under("s.unit_id", ":year");

    /** Floating point is enough to preselect: the margin is far wider than its error. */
    static final String JUMP_CANDIDATES = """
            select c.unit_id, c.year, c.title, c.subjects, c.registered, c.recognised, null as printed_rate,
                   p.year as p_year, p.subjects as p_subjects, p.registered as p_registered,
                   p.recognised as p_recognised
            from stat_count c
            join stat_count p on p.unit_id = c.unit_id and p.year = :before and p.title = c.title
                 and p.source = c.source
            where c.year = :year and c.subjects > 0 and p.subjects > 0
              and abs(c.recognised * 100.0::float8 / c.subjects - p.recognised * 100.0::float8 / p.subjects) > :least
              and """ + under("c.unit_id", ":year") + "\n  and " + under("c.unit_id", ":before");

    static final String RECORDS_BESIDE_RETURNS = """
            select r.unit_id, r.title, sum(c.registered) as registered, sum(c.recognised) as recognised
            from stat_count r
            join stat_ancestry a on a.year = :year and a.ancestor_id = r.unit_id and a.depth <= 1
            join stat_count c on c.unit_id = a.unit_id and c.year = :year and c.title = r.title
                 and c.source = 'RECORDS'
            where r.year = :year and r.source = 'REPORTED' and """ + under("r.unit_id", ":year") + """

              and """ + under("c.unit_id", ":year") + """

            group by r.unit_id, r.title
            having sum(c.registered) > 0""";

    /** A unit is a village that year if its version on the registry's reference day says so. */
    static final String VILLAGE_RETURNS = """
            with village as not materialized (
                select v.unit_id from geography_unit_version v join registry_years y on y.year = :year
                where v.kind = 'VILLAGE' and (v.valid_from is null or v.valid_from <= y.reference_day)
                  and (v.valid_to is null or v.valid_to >= y.reference_day)),
            communes as (
                select distinct p.ancestor_id as commune, s.title
                from stat_count s
                join village v on v.unit_id = s.unit_id
                join stat_ancestry p on p.year = :year and p.unit_id = s.unit_id and p.depth = 1
                where s.year = :year and s.source = 'REPORTED' and """ + under("s.unit_id", ":year") + """
            )
            select g.commune, g.title, array_agg(distinct s.unit_id) as present
            from communes g
            join stat_ancestry a on a.year = :year and a.ancestor_id = g.commune and a.depth = 1
            join village v on v.unit_id = a.unit_id
            join stat_count s on s.unit_id = a.unit_id and s.year = :year and s.title = g.title
            where (s.source = 'REPORTED' or s.registered > 0) and """ + under("s.unit_id", ":year") + """

            group by g.commune, g.title""";

    private final JdbcClient jdbc;

    FigureRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Plans the statements of this transaction for their values: a generic plan cannot tell a province (drive
     * from the year's few suspect figures) from a commune (drive from its ancestry), as the roll-ups found.
     */
    public void planForTheirValues() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    /** Figures out of order, and every return (few): the row rules, child totals and villages need them. */
    public List<Row> suspects(long area, int year) {
        return jdbc.sql(SUSPECTS).param("area", area).param("year", year)
                .query((rs, n) -> new Row(counts(rs, ""), rs.getString("source"), (Long) rs.getObject("parent_id")))
                .list();
    }

    /**
     * Pairs of this year's and last year's figures of a unit under the area in both years whose rate moved by
     * more than {@code threshold} points, less a margin, so that the pure rule decides on the exact rates.
     */
    public List<Pair> jumpCandidates(long area, int year, BigDecimal threshold) {
        return jdbc.sql(JUMP_CANDIDATES).param("area", area).param("year", year).param("before", year - 1)
                .param("least", threshold.subtract(JUMP_MARGIN).doubleValue())
                .query((rs, n) -> new Pair(counts(rs, "p_"), counts(rs, ""))).list();
    }

    /** For each return under the area: the records of its unit and its children that year, where any registered. */
    public List<Records> recordsBesideReturns(long area, int year) {
        return jdbc.sql(RECORDS_BESIDE_RETURNS).param("area", area).param("year", year)
                .query((rs, n) -> new Records(rs.getLong("unit_id"), rs.getString("title"),
                        rs.getLong("registered"), rs.getLong("recognised"))).list();
    }

    /** The communes under the area whose villages filed returns for a title that year, with the villages present. */
    public List<VillageReturns> villageReturns(long area, int year) {
        return jdbc.sql(VILLAGE_RETURNS).param("area", area).param("year", year)
                .query((rs, n) -> new VillageReturns(rs.getLong("commune"), rs.getString("title"),
                        List.of((Long[]) rs.getArray("present").getArray()))).list();
    }

    /** The villages of the communes that year (on the registry's reference day): commune → (village → name). */
    public Map<Long, Map<Long, String>> villages(Collection<Long> communes, int year) {
        if (communes.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select p.ancestor_id as commune, v.unit_id, v.name
                from stat_ancestry p
                join registry_years y on y.year = p.year
                join geography_unit_version v on v.unit_id = p.unit_id and v.kind = 'VILLAGE'
                     and (v.valid_from is null or v.valid_from <= y.reference_day)
                     and (v.valid_to is null or v.valid_to >= y.reference_day)
                where p.year = :year and p.depth = 1 and p.ancestor_id = any(:communes)""")
                .param("year", year).param("communes", communes.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), Map.entry(rs.getLong(2), rs.getString(3)))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.toMap(e -> e.getValue().getKey(),
                        e -> e.getValue().getValue(), (a, b) -> a)));
    }

    /** The current names of the units found, and only of those. */
    public Map<Long, String> names(Collection<Long> units) {
        if (units.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select unit_id, name from geography_unit_current where unit_id = any(:ids)")
                .param("ids", units.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    private static Counts counts(ResultSet rs, String prefix) throws SQLException {
        return new Counts(rs.getLong("unit_id"), rs.getInt(prefix + "year"), rs.getString("title"),
                rs.getLong(prefix + "subjects"), rs.getLong(prefix + "registered"), rs.getLong(prefix + "recognised"),
                prefix.isEmpty() ? rs.getString("printed_rate") : null);
    }
}

package vn.khuyenhoc.statistics.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads the figures the rules check: every count under an area in a year (as the map was), with its parent. */
@Component
public class FigureRows {

    /** A counted figure with its source and parent unit that year. */
    public record Row(Counts counts, String source, Long parentId, String kind, String name) {
        String key() {
            return FigureRows.key(counts.unitId(), counts.title(), source);
        }
    }

    private final JdbcClient jdbc;

    FigureRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> under(long area, int year) {
        return jdbc.sql("""
                select s.unit_id, s.year, s.title, s.subjects, s.registered, s.recognised, s.source, r.printed_rate,
                       p.ancestor_id as parent_id, u.kind, u.name
                from stat_ancestry a
                join stat_count s on s.unit_id = a.unit_id and s.year = a.year
                left join stat_return r on s.source = 'REPORTED' and r.unit_id = s.unit_id and r.year = s.year
                     and r.title = s.title
                left join stat_ancestry p on p.year = a.year and p.unit_id = a.unit_id and p.depth = 1
                left join geography_unit_current u on u.unit_id = s.unit_id
                where a.year = :year and a.ancestor_id = :area""")
                .param("area", area).param("year", year)
                .query((rs, n) -> new Row(new Counts(rs.getLong("unit_id"), rs.getInt("year"), rs.getString("title"),
                        rs.getLong("subjects"), rs.getLong("registered"), rs.getLong("recognised"),
                        rs.getString("printed_rate")), rs.getString("source"), (Long) rs.getObject("parent_id"),
                        rs.getString("kind"), rs.getString("name"))).list();
    }

    /** The same units' figures of another year, keyed by unit, title and source. */
    public Map<String, Counts> byKey(long area, int year) {
        return under(area, year).stream().collect(Collectors.toMap(Row::key, Row::counts, (a, b) -> a));
    }

    /** The villages of each commune under the area that year: commune → (village → name). */
    public Map<Long, Map<Long, String>> villages(long area, int year) {
        return jdbc.sql("""
                select p.ancestor_id as commune, v.unit_id, v.name
                from stat_ancestry a
                join geography_unit_version v on v.unit_id = a.unit_id and v.kind = 'VILLAGE'
                join registry_years y on y.year = a.year
                join stat_ancestry p on p.year = a.year and p.unit_id = a.unit_id and p.depth = 1
                where a.year = :year and a.ancestor_id = :area
                  and (v.valid_from is null or v.valid_from <= y.reference_day)
                  and (v.valid_to is null or v.valid_to >= y.reference_day)""")
                .param("area", area).param("year", year)
                .query((rs, n) -> Map.entry(rs.getLong(1), Map.entry(rs.getLong(2), rs.getString(3)))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.toMap(e -> e.getValue().getKey(),
                        e -> e.getValue().getValue(), (a, b) -> a)));
    }

    static String key(long unit, String title, String source) {
        return unit + "/" + title + "/" + source;
    }
}

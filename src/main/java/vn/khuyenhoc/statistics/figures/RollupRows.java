package vn.khuyenhoc.statistics.figures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.statistics.BoundaryView;
import vn.khuyenhoc.statistics.Figure;

/** Reads the areas' kept totals ({@code stat_rollup}, ADR 0019), rounded as the roll-up statement rounds. */
@Component
public class RollupRows {

    /** A year and a title of an area's totals. */
    public record Key(int year, String title) {
    }

    /** A kept total; {@code withReturns}: a return lies under the area, so the total needs the exact statement. */
    record Kept(Figure figure, boolean withReturns) {
    }

    private static final String COLUMNS = """
            round(r.subjects)::bigint as subjects, round(r.registered)::bigint as registered,
            round(r.recognised)::bigint as recognised, r.reported > 0 as with_returns,
            r.estimated > 0 as estimated, r.uncomparable > 0 as not_comparable""";

    private static final String CHILDREN_WAS = """
            select a.unit_id as child_id from stat_ancestry a
            where a.year = :year and a.ancestor_id = :area and a.depth = 1""";
    private static final String CHILDREN_TODAY = """
            select a.unit_id as child_id from stat_today_ancestry a where a.ancestor_id = :area and a.depth = 1""";

    private final JdbcClient jdbc;

    RollupRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Kept> total(long area, int year, String title, BoundaryView view) {
        return jdbc.sql("select r.area_id, " + COLUMNS + " from stat_rollup r where r.boundary = :boundary "
                        + "and r.area_id = :area and r.year = :year and r.title = :title and r.counted + r.reported > 0")
                .param("boundary", view.name()).param("area", area).param("year", year).param("title", title)
                .query((rs, n) -> kept(rs, null)).optional();
    }

    Map<Key, Kept> totals(long area, BoundaryView view, int year, String title) {
        var rows = new HashMap<Key, Kept>();
        jdbc.sql("select r.area_id, r.year, r.title, " + COLUMNS + " from stat_rollup r "
                        + "where r.boundary = :boundary and r.area_id = :area and (r.year = :year or r.title = :title) "
                        + "and r.counted + r.reported > 0")
                .param("boundary", view.name()).param("area", area).param("year", year).param("title", title)
                .query(rs -> {
                    rows.put(new Key(rs.getInt("year"), rs.getString("title")), kept(rs, null));
                });
        return rows;
    }

    /** The child areas' totals (only called when no return lies under the area, so none under a child). */
    List<Figure> children(long area, int year, String title, BoundaryView view) {
        String children = view == BoundaryView.TODAYS_MAP ? CHILDREN_TODAY : CHILDREN_WAS;
        return jdbc.sql("with c as (" + children + ")\n"
                        + "select r.area_id, n.name, " + COLUMNS + "\n"
                        + "from c join stat_rollup r on r.boundary = :boundary and r.area_id = c.child_id\n"
                        + "  and r.year = :year and r.title = :title and r.counted > 0\n"
                        + "left join lateral (" + CurrentUnit.of("r.area_id") + ") n on true\n"
                        + "order by n.name")
                .param("boundary", view.name()).param("area", area).param("year", year).param("title", title)
                .query((rs, n) -> kept(rs, rs.getString("name")).figure()).list();
    }

    private static Kept kept(ResultSet rs, String name) throws SQLException {
        return new Kept(new Figure(rs.getLong("area_id"), name, rs.getLong("subjects"), rs.getLong("registered"),
                rs.getLong("recognised"), false, rs.getBoolean("estimated"), rs.getBoolean("not_comparable")),
                rs.getBoolean("with_returns"));
    }
}

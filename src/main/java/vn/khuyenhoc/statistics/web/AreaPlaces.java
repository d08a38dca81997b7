package vn.khuyenhoc.statistics.web;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.statistics.BoundaryView;
import vn.khuyenhoc.statistics.figures.CurrentUnit;

/** Names, kinds and breadcrumbs of areas on today's map, and the years that have figures under an area. */
@Component
class AreaPlaces {

    record Place(long id, String name, String kind) {
    }

    private final JdbcClient jdbc;

    AreaPlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Place place(long id) {
        return jdbc.sql("select unit_id, name, kind from geography_unit_current where unit_id = :id")
                .param("id", id).query((rs, n) -> new Place(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional().orElseThrow(() -> new vn.khuyenhoc.shared.NotFound("unit", id));
    }

    /**
     * The area's ancestors from the top down to the area itself, on its first path on today's map (each looked up
     * by its key: {@link CurrentUnit}).
     */
    List<Place> breadcrumbs(long id) {
        return jdbc.sql("""
                select u.unit_id, u.name, u.kind
                from (select min(path) as path from geography_unit_scope where unit_id = :id) s,
                     unnest(string_to_array(trim(both '/' from s.path), '/')) with ordinality as x(id, ord)
                cross join lateral (%s) u
                order by x.ord""".formatted(CurrentUnit.of("x.id::bigint")))
                .param("id", id).query((rs, n) -> new Place(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The years with figures under the area in the view (from its kept totals: a few rows, ADR 0019). */
    List<Integer> years(long area, BoundaryView view) {
        return jdbc.sql("select distinct year from stat_rollup where boundary = :boundary and area_id = :area "
                        + "order by year")
                .param("boundary", view.name()).param("area", area).query(Integer.class).list();
    }
}

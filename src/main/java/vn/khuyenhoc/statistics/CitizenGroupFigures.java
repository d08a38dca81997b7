package vn.khuyenhoc.statistics;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;

/**
 * Citizens (Công dân học tập) of an area by target group: the TARGET_GROUP breakdown summed under the area as
 * the map was, or on today's map with the split shares (ADR 0021). Returns carry no groups and are left out.
 */
@Service
public class CitizenGroupFigures {

    private static final String HISTORICAL = """
            select unit_id, 1.0::numeric as weight, true as exact from stat_ancestry
            where year = :year and ancestor_id = :area""";
    private static final String TODAY = """
            select unit_id, weight, exact from stat_today_ancestry where ancestor_id = :area""";

    private static final String SQL = """
            select b.value as grp,
                   round(sum(b.subjects * u.weight))::bigint as subjects,
                   round(sum(b.registered * u.weight))::bigint as registered,
                   round(sum(b.recognised * u.weight))::bigint as recognised,
                   bool_or(not u.exact and u.weight is not null) as estimated,
                   bool_or(u.weight is null) as not_comparable
            from stat_breakdown b join (%s) u on u.unit_id = b.unit_id
            where b.year = :year and b.title = 'CONG_DAN' and b.dimension = 'TARGET_GROUP'
            group by b.value
            having sum(b.subjects) + sum(b.registered) > 0
            order by array_position(array['FARMER', 'WORKER', 'OFFICIAL', 'OTHER'], b.value) nulls last, b.value""";

    private final JdbcClient jdbc;
    private final AreaGuard guard;

    CitizenGroupFigures(JdbcClient jdbc, AreaGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    @Transactional(readOnly = true)
    public List<GroupFigure> of(long areaId, int year, BoundaryView view) {
        guard.requireRead(areaId);
        String under = view == BoundaryView.TODAYS_MAP ? TODAY : HISTORICAL;
        return jdbc.sql(SQL.formatted(under)).param("area", areaId).param("year", year)
                .query((rs, n) -> new GroupFigure(rs.getString("grp"), rs.getLong("subjects"),
                        rs.getLong("registered"), rs.getLong("recognised"), rs.getBoolean("estimated"),
                        rs.getBoolean("not_comparable")))
                .list();
    }
}

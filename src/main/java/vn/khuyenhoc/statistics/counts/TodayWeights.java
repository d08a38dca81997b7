package vn.khuyenhoc.statistics.counts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds {@code stat_today_ancestry}: where each unit's figures go on today's map. Geography places a closed
 * unit under each of its successors; a unit with one path counts whole, and so does an ancestor that every path
 * passes through. Elsewhere (a split) the weight is the product of the shares recorded on the split links of
 * the path (estimated), or null when a share is missing (not comparable).
 */
@Component
class TodayWeights {

    private final JdbcClient jdbc;

    TodayWeights(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void rebuild() {
        Map<Long, List<long[]>> paths = new HashMap<>();
        jdbc.sql("select unit_id, path from geography_unit_scope").query(rs -> {
            paths.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(parse(rs.getString(2)));
        });
        Map<String, BigDecimal> shares = new HashMap<>();
        Map<Long, Integer> successors = new HashMap<>();
        jdbc.sql("select predecessor_id, successor_id, share from geography_lineage").query(rs -> {
            shares.put(rs.getLong(1) + ">" + rs.getLong(2), rs.getBigDecimal(3));
            successors.merge(rs.getLong(1), 1, Integer::sum);
        });
        var rows = new Rows();
        paths.forEach((unit, unitPaths) -> new UnitWeights(unit, unitPaths, shares, successors).addTo(rows));
        jdbc.sql("delete from stat_today_ancestry").update();
        jdbc.sql("""
                insert into stat_today_ancestry (unit_id, ancestor_id, depth, weight, exact)
                select * from unnest(:units, :ancestors, :depths, :weights, :exact)""")
                .param("units", rows.units.toArray(Long[]::new))
                .param("ancestors", rows.ancestors.toArray(Long[]::new))
                .param("depths", rows.depths.toArray(Integer[]::new))
                .param("weights", rows.weights.toArray(BigDecimal[]::new))
                .param("exact", rows.exact.toArray(Boolean[]::new)).update();
    }

    private static long[] parse(String path) {
        String[] parts = path.replaceAll("^/|/$", "").split("/");
        long[] ids = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            ids[i] = Long.parseLong(parts[i]);
        }
        return ids;
    }

    static final class Rows {
        final List<Long> units = new ArrayList<>();
        final List<Long> ancestors = new ArrayList<>();
        final List<Integer> depths = new ArrayList<>();
        final List<BigDecimal> weights = new ArrayList<>();
        final List<Boolean> exact = new ArrayList<>();

        void add(long unit, long ancestor, int depth, BigDecimal weight, boolean isExact) {
            units.add(unit);
            ancestors.add(ancestor);
            depths.add(depth);
            weights.add(weight);
            exact.add(isExact);
        }
    }
}

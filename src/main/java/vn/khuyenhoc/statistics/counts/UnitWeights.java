package vn.khuyenhoc.statistics.counts;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The weights of one unit's figures under each of its ancestors on today's map (see {@link TodayWeights}). */
final class UnitWeights {

    private final long unit;
    private final List<long[]> paths;
    private final Map<String, BigDecimal> shares;
    private final Map<Long, Integer> successors;

    UnitWeights(long unit, List<long[]> paths, Map<String, BigDecimal> shares, Map<Long, Integer> successors) {
        this.unit = unit;
        this.paths = paths;
        this.shares = shares;
        this.successors = successors;
    }

    void addTo(TodayWeights.Rows rows) {
        Map<Long, Integer> depth = new HashMap<>();
        Map<Long, Integer> through = new HashMap<>();
        Map<Long, BigDecimal> weight = new HashMap<>();
        Map<Long, Boolean> missing = new HashMap<>();
        for (long[] path : paths) {
            BigDecimal pathWeight = pathWeight(path);
            for (int i = 0; i < path.length; i++) {
                long ancestor = path[i];
                depth.merge(ancestor, path.length - 1 - i, Math::min);
                through.merge(ancestor, 1, Integer::sum);
                weight.merge(ancestor, pathWeight == null ? BigDecimal.ZERO : pathWeight, BigDecimal::add);
                missing.merge(ancestor, pathWeight == null, Boolean::logicalOr);
            }
        }
        depth.forEach((ancestor, d) -> {
            boolean whole = through.get(ancestor) == paths.size();
            BigDecimal w = whole ? BigDecimal.ONE : missing.get(ancestor) ? null : weight.get(ancestor);
            rows.add(unit, ancestor, d, w, whole);
        });
    }

    /** The product of the shares of the split links on a path; null when one of them has no share. */
    private BigDecimal pathWeight(long[] path) {
        BigDecimal product = BigDecimal.ONE;
        boolean split = false;
        for (int i = 0; i + 1 < path.length; i++) {
            String link = path[i + 1] + ">" + path[i];
            if (shares.containsKey(link) && successors.getOrDefault(path[i + 1], 0) > 1) {
                split = true;
                BigDecimal share = shares.get(link);
                if (share == null) {
                    return null;
                }
                product = product.multiply(share);
            }
        }
        return split ? product : null;
    }
}

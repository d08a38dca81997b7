package vn.khuyenhoc.criteria;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The scores of one subject against a set, keyed by node code ("1.2"): points for POINTS nodes, met or not for
 * PASS_FAIL nodes, and the named figures THRESHOLD indicators compare (e.g. "ty-le-cong-dan-hoc-tap" → 96.5).
 */
public record ScoreSheet(Map<String, BigDecimal> points, Map<String, Boolean> met, Map<String, BigDecimal> figures) {

    public ScoreSheet {
        points = points == null ? Map.of() : Map.copyOf(points);
        met = met == null ? Map.of() : Map.copyOf(met);
        figures = figures == null ? Map.of() : Map.copyOf(figures);
    }
}

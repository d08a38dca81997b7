package vn.khuyenhoc.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small criteria sets and score sheets for rule tests. */
final class Sets {

    private Sets() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static Node points(String text, String max) {
        return new Node(null, text, Measure.POINTS, d(max), null, false, null, null, null, null, null, null, false, null);
    }

    static Node passFail(String text, int level) {
        return new Node(null, text, Measure.PASS_FAIL, null, null, false, null, null, level, null, null, null, false, null);
    }

    static Node threshold(String text, int level, String figure, String value) {
        return new Node(null, text, Measure.THRESHOLD, null, null, false, null, null, level, figure,
                Comparison.AT_LEAST, d(value), false, null);
    }

    static Node criterion(String text, List<Node> indicators) {
        return new Node(null, text, Measure.POINTS, null, null, false, null, null, null, null, null, null, false,
                indicators);
    }

    /** Ten indices of 10 points, bands Tốt 85, Khá 70, Trung bình 50, no index below 5. */
    static SetDocument tenIndices(BigDecimal minPerIndicator) {
        var indices = new ArrayList<Node>();
        for (int i = 1; i <= 10; i++) {
            indices.add(points("Chỉ số " + i, "10"));
        }
        var rule = new Rule(RuleStyle.POINTS, d("100"), List.of(new Band("Tốt", d("85")), new Band("Khá", d("70")),
                new Band("Trung bình", d("50"))), d("50"), minPerIndicator, 0);
        return document(rule, List.of(criterion("Năng lực", indices)));
    }

    static SetDocument levels(List<Node> criteria, int levels) {
        return document(new Rule(RuleStyle.LEVELS, null, List.of(), null, null, levels), criteria);
    }

    static SetDocument document(Rule rule, List<Node> criteria) {
        return new SetDocument(SetDocument.FORMAT, Title.DON_VI_XA, "TEST", 1, "Bộ thử", null, null, null, null, null,
                false, null, rule, criteria);
    }

    /** Index i scored points[i-1] (code "1.i"). */
    static ScoreSheet indices(String... points) {
        var map = new java.util.HashMap<String, BigDecimal>();
        for (int i = 0; i < points.length; i++) {
            map.put("1." + (i + 1), d(points[i]));
        }
        return new ScoreSheet(map, Map.of(), Map.of());
    }
}

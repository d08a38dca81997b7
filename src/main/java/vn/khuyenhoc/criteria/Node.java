package vn.khuyenhoc.criteria;

import java.math.BigDecimal;
import java.util.List;

/**
 * A criterion (tiêu chí) or, below it, an indicator (chỉ số). Its code is its place in the tree ("2", "2.3"),
 * so a score sheet names nodes by code. {@code toBeCompleted} marks content the sources do not give.
 *
 * @param id         the stored node (null in an exchange file)
 * @param minPoints  a criterion is met only from these points on (null: no minimum)
 * @param mustMeet   a guard: the set is not achieved unless this criterion is met
 * @param level      LEVELS: the lowest level that requires this indicator (null: level 1)
 * @param figure     THRESHOLD: the name of the figure compared, e.g. "ty-le-cong-dan-hoc-tap"
 */
public record Node(Long id, String text, Measure measure, BigDecimal maxPoints, BigDecimal minPoints,
                   boolean mustMeet, String evidence, UnescoTag unesco, Integer level, String figure,
                   Comparison comparison, BigDecimal threshold, boolean toBeCompleted, List<Node> indicators) {

    public Node {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        measure = measure == null ? Measure.POINTS : measure;
    }

    public boolean isLeaf() {
        return indicators.isEmpty();
    }

    public int requiredLevel() {
        return level == null ? 1 : level;
    }

    /** The node as it travels in an exchange file: no stored ids. */
    public Node withoutIds() {
        return new Node(null, text, measure, maxPoints, minPoints, mustMeet, evidence, unesco, level, figure,
                comparison, threshold, toBeCompleted, indicators.stream().map(Node::withoutIds).toList());
    }
}

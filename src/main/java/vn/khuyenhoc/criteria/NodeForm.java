package vn.khuyenhoc.criteria;

import java.math.BigDecimal;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.Text;

/** The editor's form for one criterion or indicator; an unticked box (absent) is false. */
public record NodeForm(String text, Measure measure, BigDecimal maxPoints, BigDecimal minPoints, Boolean mustMeet,
                       String evidence, UnescoTag unesco, Integer level, String figure, Comparison comparison,
                       BigDecimal threshold, Boolean toBeCompleted) {

    public static NodeForm of(Node n) {
        return new NodeForm(n.text(), n.measure(), n.maxPoints(), n.minPoints(), n.mustMeet(), n.evidence(),
                n.unesco(), n.level(), n.figure(), n.comparison(), n.threshold(), n.toBeCompleted());
    }

    Node toNode() {
        String cleanText = Text.normaliseOrNull(text);
        if (cleanText == null) {
            throw new InvalidInput("criteria.editor.textMissing");
        }
        if ((maxPoints != null && maxPoints.signum() < 0) || (level != null && level < 1)) {
            throw new InvalidInput("criteria.editor.negative");
        }
        return new Node(null, cleanText, measure, maxPoints, minPoints, Boolean.TRUE.equals(mustMeet),
                Text.normaliseOrNull(evidence), unesco, level, Text.normaliseOrNull(figure), comparison, threshold,
                Boolean.TRUE.equals(toBeCompleted), null);
    }
}

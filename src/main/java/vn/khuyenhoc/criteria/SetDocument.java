package vn.khuyenhoc.criteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The content of a criteria set, exactly as the exchange format carries it (docs/criteria-format.md): the
 * bundled sets are such files, and export and import read and write them.
 *
 * @param variant      a region or kind of subject the variant is for (e.g. "vung-kho-khan"); null: general
 * @param targetGroups for Công dân học tập: the registry's target groups (FARMER, WORKER, OFFICIAL)
 */
public record SetDocument(String format, Title title, String code, int version, String name, LegalBasis legalBasis,
                          Integer yearFrom, Integer yearTo, String variant, List<String> targetGroups,
                          boolean incomplete, String notes, Rule rule, List<Node> criteria) {

    public static final String FORMAT = "khuyenhoc-criteria/1";

    public SetDocument {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
    }

    /** Every node with its code, criteria before their indicators, in order. */
    public void forEachNode(BiConsumer<String, Node> action) {
        for (int i = 0; i < criteria.size(); i++) {
            Node criterion = criteria.get(i);
            action.accept(String.valueOf(i + 1), criterion);
            for (int j = 0; j < criterion.indicators().size(); j++) {
                action.accept((i + 1) + "." + (j + 1), criterion.indicators().get(j));
            }
        }
    }

    /**
     * Whether some content is still to be completed: a marked node, points missing, no pass mark nor band, or no
     * criteria at all.
     */
    public boolean lacksContent() {
        boolean[] lacking = {criteria.isEmpty() || (rule.style() == RuleStyle.POINTS && rule.passMark() == null
                && rule.bands().isEmpty())};
        forEachNode((code, node) -> lacking[0] |= node.toBeCompleted()
                || (node.isLeaf() && node.measure() == Measure.POINTS && node.maxPoints() == null
                    && rule.style() == RuleStyle.POINTS));
        return lacking[0];
    }

    /** The sum of the maximum points of the leaves (indicators, or criteria without indicators). */
    public BigDecimal leafPoints() {
        BigDecimal[] sum = {BigDecimal.ZERO};
        forEachNode((code, node) -> {
            if (node.isLeaf() && node.measure() == Measure.POINTS && node.maxPoints() != null) {
                sum[0] = sum[0].add(node.maxPoints());
            }
        });
        return sum[0];
    }

    public SetDocument withoutIds() {
        return new SetDocument(FORMAT, title, code, version, name, legalBasis, yearFrom, yearTo, variant, targetGroups,
                incomplete, notes, rule, criteria.stream().map(Node::withoutIds).toList());
    }
}

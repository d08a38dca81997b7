package vn.khuyenhoc.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule check the editor shows live and publishing and importing enforce: the tree is whole, the points
 * add up to the maximum, bands neither overlap nor leave a gap above the pass mark, the pass mark and the guard
 * fit under the maximum, every level has its indicators. Points that do not add up are only a warning while
 * the set is still to be completed.
 */
public final class SetCheck {

    private SetCheck() {
    }

    public static List<Finding> of(SetDocument set) {
        var findings = new ArrayList<Finding>();
        if (set.name() == null || set.name().isBlank()) {
            findings.add(Finding.error("criteria.check.nameMissing"));
        }
        if (set.title() == null || set.rule() == null || set.rule().style() == null) {
            findings.add(Finding.error("criteria.check.ruleMissing"));
            return findings;
        }
        if (set.criteria().isEmpty()) {
            findings.add(Finding.error("criteria.check.noCriteria"));
        }
        set.forEachNode((code, node) -> nodeFindings(set, code, node, findings));
        if (set.rule().style() == RuleStyle.POINTS) {
            pointsFindings(set, findings);
        } else {
            levelFindings(set, findings);
        }
        return findings;
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::error);
    }

    private static void nodeFindings(SetDocument set, String code, Node node, List<Finding> findings) {
        if (node.text() == null || node.text().isBlank()) {
            findings.add(Finding.error("criteria.check.textMissing", code));
        }
        if (node.toBeCompleted()) {
            findings.add(Finding.warning("criteria.check.toBeCompleted", code));
        }
        if (code.contains(".") && !node.isLeaf()) {
            findings.add(Finding.error("criteria.check.tooDeep", code));
        }
        if (node.isLeaf() && node.measure() == Measure.THRESHOLD && (node.figure() == null || node.figure().isBlank()
                || node.comparison() == null || node.threshold() == null)) {
            findings.add(Finding.error("criteria.check.thresholdIncomplete", code));
        }
        if (set.rule().style() == RuleStyle.POINTS && node.isLeaf() && node.measure() == Measure.POINTS
                && node.maxPoints() == null && !node.toBeCompleted()) {
            findings.add(Finding.error("criteria.check.pointsMissing", code));
        }
        if (set.rule().style() == RuleStyle.POINTS && !node.isLeaf() && node.maxPoints() != null) {
            BigDecimal sum = node.indicators().stream().filter(n -> n.measure() == Measure.POINTS)
                    .map(n -> n.maxPoints() == null ? BigDecimal.ZERO : n.maxPoints())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(node.maxPoints()) != 0) {
                findings.add(new Finding(!set.lacksContent(), "criteria.check.criterionSum",
                        List.of(code, sum, node.maxPoints())));
            }
        }
    }

    private static void pointsFindings(SetDocument set, List<Finding> findings) {
        Rule rule = set.rule();
        BigDecimal total = set.leafPoints();
        BigDecimal max = rule.maxPoints();
        if (max == null) {
            findings.add(Finding.error("criteria.check.maximumMissing"));
            return;
        }
        int order = total.compareTo(max);
        if (order != 0) {
            findings.add(new Finding(!set.lacksContent(), order < 0 ? "criteria.check.totalShort"
                    : "criteria.check.totalOver", List.of(total, max, max.subtract(total).abs())));
        }
        if (rule.passMark() != null && rule.passMark().compareTo(max) > 0) {
            findings.add(Finding.error("criteria.check.passMarkAboveMaximum", rule.passMark(), max));
        }
        if (rule.minPerIndicator() != null && rule.minPerIndicator().compareTo(max) > 0) {
            findings.add(Finding.error("criteria.check.minimumAboveMaximum", rule.minPerIndicator(), max));
        }
        bandFindings(rule, max, findings);
    }

    private static void bandFindings(Rule rule, BigDecimal max, List<Finding> findings) {
        List<Band> bands = rule.bands();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            if (band.label() == null || band.label().isBlank() || band.lowerBound() == null) {
                findings.add(Finding.error("criteria.check.bandIncomplete", i + 1));
                return;
            }
            if (band.lowerBound().compareTo(max) > 0) {
                findings.add(Finding.error("criteria.check.bandAboveMaximum", band.label(), band.lowerBound(), max));
            }
            if (i > 0 && bands.get(i - 1).lowerBound().compareTo(band.lowerBound()) == 0) {
                findings.add(Finding.error("criteria.check.bandsOverlap", bands.get(i - 1).label(), band.label()));
            }
        }
        if (bands.isEmpty() || rule.passMark() == null) {
            return;
        }
        BigDecimal lowest = bands.get(bands.size() - 1).lowerBound();
        if (rule.passMark().compareTo(lowest) < 0) {
            findings.add(Finding.error("criteria.check.gapBelowBands", rule.passMark(), lowest));
        }
    }

    private static void levelFindings(SetDocument set, List<Finding> findings) {
        int levels = set.rule().levels();
        if (levels < 1) {
            findings.add(Finding.error("criteria.check.levelsMissing"));
            return;
        }
        boolean[] used = new boolean[levels + 1];
        set.forEachNode((code, node) -> {
            if (!node.isLeaf()) {
                return;
            }
            if (node.requiredLevel() > levels) {
                findings.add(Finding.error("criteria.check.levelOutOfRange", code, node.requiredLevel(), levels));
            } else {
                used[node.requiredLevel()] = true;
            }
        });
        for (int level = 1; level <= levels; level++) {
            if (!used[level]) {
                findings.add(Finding.warning("criteria.check.levelEmpty", level));
            }
        }
    }
}

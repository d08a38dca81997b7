package vn.khuyenhoc.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The points style: the total of the leaves' points, checked by the guards (no indicator below the minimum,
 * criteria that must be met, pass/fail requirements), then the pass mark, then the band.
 */
final class PointsScoring {

    private PointsScoring() {
    }

    static Assessment score(SetDocument set, ScoreSheet sheet) {
        Rule rule = set.rule();
        var failures = new ArrayList<Reason>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < set.criteria().size(); i++) {
            Node criterion = set.criteria().get(i);
            String code = String.valueOf(i + 1);
            BigDecimal points = criterionPoints(code, criterion, rule, sheet, failures);
            total = total.add(points);
            boolean met = criterionMet(code, criterion, points, sheet);
            if (criterion.mustMeet() && !met) {
                failures.add(Reason.of("criteria.reason.criterionNotMet", code, criterion.text()));
            }
        }
        return verdict(rule, total, failures);
    }

    /** Adds the criterion's leaf points, recording a leaf under the guard's minimum or an unmet requirement. */
    private static BigDecimal criterionPoints(String code, Node criterion, Rule rule, ScoreSheet sheet,
                                              List<Reason> failures) {
        BigDecimal sum = BigDecimal.ZERO;
        List<Node> leaves = criterion.isLeaf() ? List.of(criterion) : criterion.indicators();
        for (int j = 0; j < leaves.size(); j++) {
            Node leaf = leaves.get(j);
            String leafCode = criterion.isLeaf() ? code : code + "." + (j + 1);
            if (leaf.measure() == Measure.POINTS) {
                BigDecimal points = Scoring.points(leafCode, leaf, sheet);
                if (rule.minPerIndicator() != null && points.compareTo(rule.minPerIndicator()) < 0) {
                    failures.add(Reason.of("criteria.reason.indicatorBelowMinimum", leafCode, points,
                            rule.minPerIndicator()));
                }
                sum = sum.add(points);
            } else if (!Scoring.met(leafCode, leaf, sheet)) {
                failures.add(Reason.of("criteria.reason.requirementNotMet", leafCode, leaf.text()));
            }
        }
        return sum;
    }

    private static boolean criterionMet(String code, Node criterion, BigDecimal points, ScoreSheet sheet) {
        if (criterion.minPoints() != null && points.compareTo(criterion.minPoints()) < 0) {
            return false;
        }
        for (int j = 0; j < criterion.indicators().size(); j++) {
            Node leaf = criterion.indicators().get(j);
            if (leaf.measure() != Measure.POINTS && !Scoring.met(code + "." + (j + 1), leaf, sheet)) {
                return false;
            }
        }
        return true;
    }

    private static Assessment verdict(Rule rule, BigDecimal total, List<Reason> failures) {
        var reasons = new ArrayList<>(failures);
        if (rule.passMark() == null && rule.bands().isEmpty()) {
            reasons.add(Reason.of("criteria.reason.noPassMark"));
            return new Assessment(false, null, null, total, rule.maxPoints(), reasons);
        }
        if (rule.passMark() != null && total.compareTo(rule.passMark()) < 0) {
            reasons.add(Reason.of("criteria.reason.belowPassMark", total, rule.passMark()));
        }
        Band band = rule.bands().stream().filter(b -> total.compareTo(b.lowerBound()) >= 0).findFirst().orElse(null);
        if (band == null && !rule.bands().isEmpty()) {
            reasons.add(Reason.of("criteria.reason.belowBands", total, rule.bands().get(rule.bands().size() - 1)
                    .lowerBound()));
        }
        boolean achieved = reasons.isEmpty();
        nextBand(rule, total, band).ifPresent(reasons::add);
        return new Assessment(achieved, achieved ? (band == null ? null : band.label()) : null, null, total,
                rule.maxPoints(), reasons);
    }

    /** How far the total is from the band above the one reached, so the result says what was missing. */
    private static java.util.Optional<Reason> nextBand(Rule rule, BigDecimal total, Band reached) {
        Band next = null;
        for (Band band : rule.bands()) {
            if (band == reached) {
                break;
            }
            next = band;
        }
        return next == null ? java.util.Optional.empty() : java.util.Optional.of(Reason.of(
                "criteria.reason.nextBand", next.label(), next.lowerBound().subtract(total)));
    }
}

package vn.khuyenhoc.criteria;

import java.math.BigDecimal;
import vn.khuyenhoc.shared.InvalidInput;

/** Scores a sheet against a set's content by the set's rule style; pure, no Spring, no database. */
final class Scoring {

    private Scoring() {
    }

    static Assessment score(SetDocument set, ScoreSheet sheet) {
        requireKnownCodes(set, sheet);
        return set.rule().style() == RuleStyle.POINTS ? PointsScoring.score(set, sheet) : LevelsScoring.score(set, sheet);
    }

    /** A sheet naming a node the set lacks is a mistake (an old sheet, another set): refused, not ignored. */
    private static void requireKnownCodes(SetDocument set, ScoreSheet sheet) {
        var codes = new java.util.HashSet<String>();
        set.forEachNode((code, node) -> codes.add(code));
        java.util.stream.Stream.concat(sheet.points().keySet().stream(), sheet.met().keySet().stream())
                .filter(code -> !codes.contains(code)).sorted().findFirst().ifPresent(code -> {
                    throw new InvalidInput("criteria.score.unknownNode", code);
                });
    }

    /** Points of a POINTS node from the sheet (missing = 0), refused outside 0..max. */
    static BigDecimal points(String code, Node node, ScoreSheet sheet) {
        BigDecimal points = sheet.points().getOrDefault(code, BigDecimal.ZERO);
        if (points.signum() < 0 || (node.maxPoints() != null && points.compareTo(node.maxPoints()) > 0)) {
            throw new InvalidInput("criteria.score.outOfRange", code, points,
                    node.maxPoints() == null ? "" : node.maxPoints());
        }
        return points;
    }

    /** Whether a PASS_FAIL or THRESHOLD node is met; a POINTS node is met from its minimum (or its maximum). */
    static boolean met(String code, Node node, ScoreSheet sheet) {
        return switch (node.measure()) {
            case PASS_FAIL -> Boolean.TRUE.equals(sheet.met().get(code));
            case THRESHOLD -> {
                BigDecimal value = node.figure() == null ? null : sheet.figures().get(node.figure());
                yield value != null && node.comparison() != null && node.threshold() != null
                        && node.comparison().holds(value, node.threshold());
            }
            case POINTS -> {
                BigDecimal needed = node.minPoints() != null ? node.minPoints() : node.maxPoints();
                yield needed == null || points(code, node, sheet).compareTo(needed) >= 0;
            }
        };
    }
}

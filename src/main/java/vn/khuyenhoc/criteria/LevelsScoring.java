package vn.khuyenhoc.criteria;

import java.util.ArrayList;
import java.util.List;

/**
 * The levels style: level k is reached when every indicator required for level k or below is met; the result
 * names the indicators that kept the subject from the next level.
 */
final class LevelsScoring {

    private LevelsScoring() {
    }

    static Assessment score(SetDocument set, ScoreSheet sheet) {
        var unmet = new ArrayList<Unmet>();
        set.forEachNode((code, node) -> {
            if (node.isLeaf() && !Scoring.met(code, node, sheet)) {
                unmet.add(new Unmet(code, node));
            }
        });
        int levels = set.rule().levels();
        int reached = 0;
        while (reached < levels && blocking(unmet, reached + 1).isEmpty()) {
            reached++;
        }
        var reasons = new ArrayList<Reason>();
        if (reached > 0) {
            reasons.add(Reason.of("criteria.reason.levelReached", reached));
        }
        if (reached < levels) {
            for (Unmet u : blocking(unmet, reached + 1)) {
                reasons.add(Reason.of(missingFigure(u, sheet) ? "criteria.reason.figureMissing"
                        : "criteria.reason.keptFromLevel", reached + 1, u.code(), u.node().text()));
            }
        }
        return new Assessment(reached > 0, null, reached, null, null, reasons);
    }

    private record Unmet(String code, Node node) {
    }

    private static List<Unmet> blocking(List<Unmet> unmet, int level) {
        return unmet.stream().filter(u -> u.node().requiredLevel() <= level).toList();
    }

    private static boolean missingFigure(Unmet u, ScoreSheet sheet) {
        return u.node().measure() == Measure.THRESHOLD && u.node().figure() != null
                && !sheet.figures().containsKey(u.node().figure());
    }
}

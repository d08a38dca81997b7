package vn.khuyenhoc.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import vn.khuyenhoc.criteria.CriteriaSet;
import vn.khuyenhoc.criteria.Measure;
import vn.khuyenhoc.round.SheetForm;

/**
 * The reviewer's sheets of the demo's past rounds: every scored indicator given a share of its maximum (whole
 * points, rounded down), every requirement met when the share is a pass. The result is the set's rule's.
 */
final class DemoSheets {

    static final int STRONG = 95;
    static final int GOOD = 85;
    static final int WEAK = 45;

    private DemoSheets() {
    }

    static SheetForm of(CriteriaSet set, int percent) {
        var points = new HashMap<String, BigDecimal>();
        var met = new HashMap<String, Boolean>();
        BigDecimal open = openShare(set);
        set.content().forEachNode((code, node) -> {
            if (node.isLeaf() && node.measure() == Measure.POINTS) {
                BigDecimal max = node.maxPoints() != null ? node.maxPoints() : open;
                points.put(code, max.multiply(BigDecimal.valueOf(percent))
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN));
            } else if (node.isLeaf() && node.measure() == Measure.PASS_FAIL) {
                met.put(code, percent >= 50);
            }
        });
        return new SheetForm(points, met, null, null, null);
    }

    /**
     * A scored indicator whose maximum the set does not give yet (an incomplete set) gets an even share of the
     * points the set leaves open: 10 for each of the 10 indices of Công dân học tập.
     */
    private static BigDecimal openShare(CriteriaSet set) {
        BigDecimal total = set.content().rule().maxPoints();
        int[] open = {0};
        set.content().forEachNode((code, node) -> open[0] += node.isLeaf() && node.measure() == Measure.POINTS
                && node.maxPoints() == null ? 1 : 0);
        if (total == null || open[0] == 0) {
            return BigDecimal.ZERO;
        }
        return total.subtract(set.content().leafPoints()).max(BigDecimal.ZERO)
                .divide(BigDecimal.valueOf(open[0]), 0, RoundingMode.DOWN);
    }

    /** The sheet of the n-th subject: most recognised ones strong, some good; the others weak. */
    static SheetForm forSubject(CriteriaSet set, int n, boolean recognised) {
        return of(set, !recognised ? WEAK : n % 3 == 0 ? GOOD : STRONG);
    }
}

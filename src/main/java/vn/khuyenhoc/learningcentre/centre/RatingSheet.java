package vn.khuyenhoc.learningcentre.centre;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.criteria.CriteriaSets;
import vn.khuyenhoc.criteria.Measure;
import vn.khuyenhoc.criteria.SetSummary;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * The score sheet form of the criteria set a centre is rated with: one input per scored node ("points.1.2"
 * for points, "met.1.3" for a requirement met), and reading those inputs back into a sheet.
 */
@Component
class RatingSheet {

    private final CriteriaSets criteria;

    RatingSheet(CriteriaSets criteria) {
        this.criteria = criteria;
    }

    /** The set and the nodes to score: leaves measured in points, and requirements met or not. */
    record SetSheet(long id, String name, List<NodeInput> nodes) {
    }

    record NodeInput(String code, String text, BigDecimal maxPoints, boolean passFail) {
    }

    Optional<SetSheet> of(Optional<SetSummary> set) {
        return set.map(summary -> {
            var nodes = new ArrayList<NodeInput>();
            criteria.require(summary.id()).content().forEachNode((code, node) -> {
                if (node.measure() == Measure.PASS_FAIL) {
                    nodes.add(new NodeInput(code, node.text(), null, true));
                } else if (node.isLeaf() && node.measure() == Measure.POINTS) {
                    nodes.add(new NodeInput(code, node.text(), node.maxPoints(), false));
                }
            });
            return new SetSheet(summary.id(), summary.name(), nodes);
        });
    }

    static Map<String, BigDecimal> points(Map<String, String> parameters) {
        var points = new HashMap<String, BigDecimal>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("points.") && value != null && !value.isBlank()) {
                try {
                    points.put(name.substring(7), new BigDecimal(value.trim().replace(',', '.')));
                } catch (NumberFormatException e) {
                    throw new InvalidInput("learningcentre.rating.badPoints", name.substring(7));
                }
            }
        });
        return points;
    }

    static Map<String, Boolean> met(Map<String, String> parameters) {
        var met = new HashMap<String, Boolean>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("met.")) {
                met.put(name.substring(4), "true".equals(value));
            }
        });
        return met;
    }
}

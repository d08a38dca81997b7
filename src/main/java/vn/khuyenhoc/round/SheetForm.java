package vn.khuyenhoc.round;

import java.math.BigDecimal;
import java.util.Map;
import vn.khuyenhoc.criteria.ScoreSheet;

/**
 * A score sheet as an officer saves it: scores keyed by node code, an evidence note per node, and the version
 * the form was opened at (null for a new sheet), so that a second officer's save is refused, not applied.
 */
public record SheetForm(Map<String, BigDecimal> points, Map<String, Boolean> met, Map<String, BigDecimal> figures,
                        Map<String, String> notes, Integer version) {

    public SheetForm {
        points = points == null ? Map.of() : Map.copyOf(points);
        met = met == null ? Map.of() : Map.copyOf(met);
        figures = figures == null ? Map.of() : Map.copyOf(figures);
        notes = notes == null ? Map.of() : Map.copyOf(notes);
    }

    public ScoreSheet sheet() {
        return new ScoreSheet(points, met, figures);
    }
}

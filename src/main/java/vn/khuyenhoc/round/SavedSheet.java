package vn.khuyenhoc.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import vn.khuyenhoc.criteria.ScoreSheet;

/** A stored score sheet with the result the set's rule computed when it was saved. */
public record SavedSheet(long id, long registrationId, SheetKind kind, ScoreSheet scores, Map<String, String> notes,
                         boolean achieved, String band, Integer level, BigDecimal total, BigDecimal maximum,
                         Long savedBy, Instant savedAt, int version) {
}

package vn.khuyenhoc.round;

import java.time.Instant;

/** The signed, stamped scan of a decision, by its sanitised name; where it is stored is never shown. */
public record DecisionScan(long id, long decisionId, String fileName, String contentType, long sizeBytes,
                           Instant uploadedAt) {
}

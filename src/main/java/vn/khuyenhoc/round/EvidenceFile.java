package vn.khuyenhoc.round;

import java.time.Instant;

/** A file of evidence attached to a registration, by its sanitised name; where it is stored is never shown. */
public record EvidenceFile(long id, long registrationId, String nodeCode, String fileName, String contentType,
                           long sizeBytes, Instant uploadedAt) {
}

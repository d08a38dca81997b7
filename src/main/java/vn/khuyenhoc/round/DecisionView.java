package vn.khuyenhoc.round;

import java.time.LocalDate;

/**
 * A recorded decision as its page and the API show it: RECOGNISE over a proposal or REVOKE, its header and how
 * many recognitions it made (or ended) and until when they are valid (null for a revocation).
 */
public record DecisionView(long id, long roundId, Long proposalId, String kind, String number, LocalDate signedOn,
                           String signerName, String signerTitle, String issuingBody, String reason, int subjectCount,
                           LocalDate validUntil) {
}

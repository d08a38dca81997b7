package vn.khuyenhoc.round;

import java.time.Instant;

/**
 * A batch of certificates (giấy công nhận) being rendered in the background: how far it has got, and once READY
 * its PDF may be downloaded. FAILED batches left no file.
 */
public record CertificateBatch(long id, long roundId, long decisionId, String decisionNumber, String status, int done,
                               int total, Instant startedAt, Long millis) {

    public boolean working() {
        return "WORKING".equals(status);
    }

    public boolean ready() {
        return "READY".equals(status);
    }

    /** The download's name: "giay-cong-nhan-12-qd-ubnd.pdf". */
    public String fileName() {
        return "giay-cong-nhan-" + DecisionPapers.slug(decisionNumber) + ".pdf";
    }
}

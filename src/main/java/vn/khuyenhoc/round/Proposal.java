package vn.khuyenhoc.round;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A list sent to the recognising level (tờ trình đề nghị): how many subjects, out of how many registered. */
public record Proposal(long id, long roundId, int subjectCount, int registeredCount, String status, int version) {

    /** The share of the round's registrations proposed, in percent with two decimals rounded half-up. */
    public BigDecimal ratePercent() {
        if (registeredCount == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(subjectCount * 100L).divide(BigDecimal.valueOf(registeredCount), 2,
                RoundingMode.HALF_UP);
    }
}

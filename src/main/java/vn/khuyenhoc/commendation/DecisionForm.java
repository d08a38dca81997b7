package vn.khuyenhoc.commendation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The higher unit's decision over a whole proposal: the issuing body, the decision's number and date, and the
 * outcome of every item (accepted, or rejected with a reason).
 */
public record DecisionForm(String issuingBody, String decisionNumber, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
                           List<Outcome> outcomes) {

    public record Outcome(Long itemId, boolean accepted, String rejectionReason) {
    }
}

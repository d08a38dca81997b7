package vn.khuyenhoc.round;

import java.time.LocalDate;
import vn.khuyenhoc.criteria.Title;

/** A round as pages and the API show it. */
public record RoundView(long id, int year, Title title, long areaUnitId, String areaName, String name,
                        long criteriaSetId, boolean historical, boolean pilot, LocalDate registrationUntil,
                        LocalDate selfAssessmentUntil, LocalDate reviewUntil, LocalDate decisionUntil,
                        String status, int registered, int version) {

    public boolean closed() {
        return "CLOSED".equals(status);
    }

    /** A closed round takes no more registrations, sheets nor reviews. */
    public void requireOpen() {
        if (closed()) {
            throw new vn.khuyenhoc.shared.InvalidInput("round.closed");
        }
    }
}

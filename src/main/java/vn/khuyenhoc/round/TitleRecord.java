package vn.khuyenhoc.round;

import java.time.LocalDate;
import vn.khuyenhoc.criteria.Title;

/** One title a subject was given: by which decision, its register number, how long it is valid, if revoked. */
public record TitleRecord(long recognitionId, Title title, int year, String registerNumber, String decisionNumber,
                          LocalDate signedOn, LocalDate validFrom, LocalDate validUntil, String revokedBy) {

    public boolean validOn(LocalDate day) {
        return revokedBy == null && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }
}

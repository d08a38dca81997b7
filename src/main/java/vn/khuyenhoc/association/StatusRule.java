package vn.khuyenhoc.association;

import java.time.LocalDate;

/**
 * One dated version of the membership-status rule: from {@code validFrom} to {@code validTo} (inclusive; null
 * is open), a member with no dues for more than {@code lapseAfterMonths} months is lapsed (null: never).
 */
public record StatusRule(LocalDate validFrom, LocalDate validTo, Integer lapseAfterMonths) {

    boolean covers(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
    }
}

package vn.khuyenhoc.registry;

import java.time.LocalDate;

/**
 * A household as an officer enters it: its code (unique within the village), address, phone, clan (of the
 * village's commune, or none), the day it was first recorded ({@code since}; today when empty) and, on an edit,
 * the {@code version} the form started from, so that a stale form is refused rather than saved.
 */
public record HouseholdForm(String code, String address, String phone, Long clanId, LocalDate since,
                            Integer version) {
}

package vn.khuyenhoc.round;

import java.time.LocalDate;

/** A deadline of a round that nears, for an officer who takes that step: how many days are left. */
public record Reminder(long roundId, String roundName, Step step, LocalDate deadline, int daysLeft) {
}

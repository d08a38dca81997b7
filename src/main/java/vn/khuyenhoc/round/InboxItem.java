package vn.khuyenhoc.round;

import java.time.LocalDate;
import vn.khuyenhoc.criteria.Title;

/**
 * What waits for the signed-in officer in one round: a step to take on {@code count} registrations (or
 * proposals), its deadline, and whether the deadline is near (within the first reminder, two weeks by default) or past.
 */
public record InboxItem(long roundId, String roundName, int year, Title title, Step step, int count,
                        LocalDate deadline, boolean nearing) {
}

package vn.khuyenhoc.round;

import java.time.LocalDateTime;
import vn.khuyenhoc.criteria.Title;

/**
 * One step on a subject's registration, for its timeline: registered, self-assessed, scored, reviewed, proposed,
 * recognised, revoked, with who (their name as shown at the time) and when (Vietnam time).
 */
public record TimelineEvent(int year, Title title, String step, String actorName, LocalDateTime at, String note) {
}

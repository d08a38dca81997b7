package vn.khuyenhoc.round;

import java.time.Instant;

/** An indicator of a self-assessment given to a committee member, with the evidence they recorded (if they have). */
public record Assignment(long registrationId, String nodeCode, long memberId, String memberName, String username,
                         String evidence, Instant recordedAt, int version) {

    public boolean recorded() {
        return recordedAt != null;
    }
}

package vn.khuyenhoc.round;

/** What the reviewer decides (thẩm định): accepted, returned for correction with a comment, or rejected. */
public enum ReviewOutcome {
    ACCEPTED, RETURNED, REJECTED;

    RegistrationStatus status() {
        return RegistrationStatus.valueOf(name());
    }
}

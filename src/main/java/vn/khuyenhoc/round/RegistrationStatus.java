package vn.khuyenhoc.round;

/** Where a registration stands: the steps of the chain it has passed. */
public enum RegistrationStatus {
    REGISTERED, SELF_ASSESSED, ACCEPTED, RETURNED, REJECTED, PROPOSED, RECOGNISED, NOT_RECOGNISED, REVOKED;

    /** A sheet may still be saved: nothing has been decided on it beyond a return for correction. */
    public boolean scorable() {
        return this == REGISTERED || this == SELF_ASSESSED || this == RETURNED;
    }
}

package vn.khuyenhoc.association;

/** A member's standing on a day: active, lapsed (no dues for longer than the rule allows) or left. */
public enum MembershipStatus {
    ACTIVE, LAPSED, LEFT
}

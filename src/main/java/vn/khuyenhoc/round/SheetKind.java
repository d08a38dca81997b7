package vn.khuyenhoc.round;

/** The two score sheets of a registration: the self-assessment and the reviewer's, which decides. */
public enum SheetKind {
    SELF, REVIEW;

    public Step step() {
        return this == SELF ? Step.SCORE : Step.REVIEW;
    }
}

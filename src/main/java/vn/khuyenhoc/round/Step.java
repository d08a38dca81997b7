package vn.khuyenhoc.round;

/** The steps of a title's approval chain, in order. */
public enum Step {
    REGISTER, SCORE, REVIEW, PROPOSE, RECOGNISE;

    /** Steps done on one subject are checked against the subject's area; the others against the round's. */
    public boolean onSubject() {
        return this == REGISTER || this == SCORE || this == REVIEW;
    }
}

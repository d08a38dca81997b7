package vn.khuyenhoc.fund;

/** What an entry is: the one kind of money in, and the kinds of money out the year's report is split by. */
public enum EntryKind {
    DONATION, SCHOLARSHIP, STUDENT_AWARD, TEACHER_AWARD, POOR_STUDENT_AID, SCHOOL_SUPPORT, OPERATING;

    public boolean in() {
        return this == DONATION;
    }

    /** Every payment but operating costs goes to someone: a person of the registry or an organisation. */
    public boolean needsBeneficiary() {
        return !in() && this != OPERATING;
    }
}

package vn.khuyenhoc.fund;

/**
 * What an entry is: the one kind of money in, the kinds of money out the year's report is split by, and the two
 * halves of a carry-over when associations merge, which are neither raised nor spent.
 */
public enum EntryKind {
    DONATION, SCHOLARSHIP, STUDENT_AWARD, TEACHER_AWARD, POOR_STUDENT_AID, SCHOOL_SUPPORT, OPERATING,
    TRANSFER_IN, TRANSFER_OUT;

    public boolean in() {
        return this == DONATION || this == TRANSFER_IN;
    }

    /** Written only by a merger of associations, never from a form. */
    public boolean transfer() {
        return this == TRANSFER_IN || this == TRANSFER_OUT;
    }

    /** Every payment but operating costs goes to someone: a person of the registry or an organisation. */
    public boolean needsBeneficiary() {
        return !in() && !transfer() && this != OPERATING;
    }
}

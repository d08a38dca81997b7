package vn.khuyenhoc.commendation;

/** Who a commendation is given to: a collective (tập thể) of one of five kinds, or a person (cá nhân). */
public enum RecipientKind {
    HOUSEHOLD, CLAN, VILLAGE, ORGANISATION, BRANCH, PERSON;

    public boolean collective() {
        return this != PERSON;
    }
}

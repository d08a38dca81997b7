package vn.khuyenhoc.criteria;

/** A draft is edited in place; a published set never changes again (an edit starts a new draft version). */
public enum SetStatus {
    DRAFT, PUBLISHED
}

package vn.khuyenhoc.registry.household;

/**
 * What a user filtered the list by: a village (null: every village of their area), a search text (code, head's
 * name or address, with or without diacritics), whether closed households show, and the page (from 0).
 */
record HouseholdFilter(Long village, String q, boolean closed, int page) {

    HouseholdFilter {
        q = q == null ? "" : q;
        page = Math.max(page, 0);
    }
}

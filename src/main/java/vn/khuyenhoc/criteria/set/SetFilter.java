package vn.khuyenhoc.criteria.set;

import vn.khuyenhoc.criteria.SetStatus;
import vn.khuyenhoc.criteria.Title;

/** The filters of the list of sets; {@code owner} is "national", "provincial" or blank for both. */
record SetFilter(Title title, SetStatus status, String owner, String q) {

    SetFilter {
        q = q == null ? "" : q;
        owner = owner == null ? "" : owner;
    }
}

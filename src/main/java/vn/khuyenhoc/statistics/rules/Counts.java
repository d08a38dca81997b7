package vn.khuyenhoc.statistics.rules;

import vn.khuyenhoc.shared.Rate;

/** The counts of one figure as the rules see them, with the rate printed beside them if a return typed one. */
public record Counts(long unitId, int year, String title, long subjects, long registered, long recognised,
                     String printedRate) {

    public Rate rate() {
        return new Rate(recognised, subjects);
    }
}

package vn.khuyenhoc.statistics.counts;

/** One counted figure: a unit (where the records were made), a year and a title. */
public record CountKey(long unitId, int year, String title) {
}

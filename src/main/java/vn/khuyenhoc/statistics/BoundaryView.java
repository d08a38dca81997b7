package vn.khuyenhoc.statistics;

/** Which map a year's figures are summed on: the units of that year, or today's units through the lineage. */
public enum BoundaryView {
    AS_THE_MAP_WAS,
    TODAYS_MAP
}

package vn.khuyenhoc.criteria;

/** Points summed and banded, or levels reached by meeting every indicator required up to a level. */
public enum RuleStyle {
    POINTS, LEVELS
}

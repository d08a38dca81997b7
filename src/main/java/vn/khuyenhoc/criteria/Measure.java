package vn.khuyenhoc.criteria;

/** How an indicator is judged: points up to its maximum, met or not, or a named figure against a threshold. */
public enum Measure {
    POINTS, PASS_FAIL, THRESHOLD
}

package vn.khuyenhoc.statistics;

import vn.khuyenhoc.shared.Rate;

/**
 * Citizens of one target group (FARMER, WORKER, OFFICIAL, OTHER, or UNKNOWN where the registry records none) in
 * an area for a year; {@code estimated} and {@code notComparable} as on a {@link Figure}.
 */
public record GroupFigure(String group, long subjects, long registered, long recognised, boolean estimated,
                          boolean notComparable) {

    /** Recognised of all subjects. */
    public Rate ofSubjects() {
        return new Rate(recognised, subjects);
    }

    /** Recognised of the registered. */
    public Rate ofRegistered() {
        return new Rate(recognised, registered);
    }
}

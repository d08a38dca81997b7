package vn.khuyenhoc.statistics;

import vn.khuyenhoc.shared.Rate;

/**
 * The counts of an area (or one of its child areas) for a year and a title. {@code reported}: part of it comes
 * from an aggregate return; {@code estimated}: part was allocated by a split's share; {@code notComparable}:
 * part of a split unit without a share was left out.
 */
public record Figure(Long unitId, String name, long subjects, long registered, long recognised, boolean reported,
                     boolean estimated, boolean notComparable) {

    /** An area where nothing was counted. */
    public static Figure none(long area) {
        return new Figure(area, null, 0, 0, 0, false, false, false);
    }

    /** Recognised of all subjects. */
    public Rate ofSubjects() {
        return new Rate(recognised, subjects);
    }

    /** Recognised of the registered. */
    public Rate ofRegistered() {
        return new Rate(recognised, registered);
    }

    /** Registered of all subjects. */
    public Rate registeredOfSubjects() {
        return new Rate(registered, subjects);
    }
}

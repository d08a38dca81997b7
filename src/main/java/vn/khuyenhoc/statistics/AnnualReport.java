package vn.khuyenhoc.statistics;

import java.util.List;

/**
 * The table of every tổng kết report: per title, the area's and each child area's subjects, registered and
 * recognised, with the previous year beside them. Kept as plain counts so that a submitted copy is a snapshot.
 */
public record AnnualReport(long areaId, String areaName, int year, List<Section> sections) {

    public record Section(String title, Line total, List<Line> lines) {
    }

    /** One area's counts this year and the year before (rates are computed from them when shown). */
    public record Line(Long unitId, String name, long subjects, long registered, long recognised,
                       long previousSubjects, long previousRegistered, long previousRecognised) {

        public vn.khuyenhoc.shared.Rate rate() {
            return new vn.khuyenhoc.shared.Rate(recognised, subjects);
        }

        public vn.khuyenhoc.shared.Rate rateOfRegistered() {
            return new vn.khuyenhoc.shared.Rate(recognised, registered);
        }

        public vn.khuyenhoc.shared.Rate previousRate() {
            return new vn.khuyenhoc.shared.Rate(previousRecognised, previousSubjects);
        }
    }
}

package vn.khuyenhoc.geography.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A closed range of days [from, to] as in {@code geo_unit_version}; null means open on that side. */
record DateRange(LocalDate from, LocalDate to) {

    static final LocalDate LAST_DAY_BEFORE_REFORM = LocalDate.of(2025, 6, 30);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final DateRange BEFORE_REFORM = new DateRange(null, LAST_DAY_BEFORE_REFORM);
    static final DateRange AFTER_REFORM = new DateRange(REFORM, null);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    boolean overlaps(DateRange other) {
        boolean startsBeforeOtherEnds = from == null || other.to == null || !other.to.isBefore(from);
        boolean endsAfterOtherStarts = to == null || other.from == null || !other.from.isAfter(to);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    /** The day after this range ends, or null when it never ends. */
    LocalDate dayAfter() {
        return to == null ? null : to.plusDays(1);
    }

    /** As shown in messages: "01/07/2025 – …". */
    String text() {
        return show(from) + " – " + show(to);
    }

    private static String show(LocalDate day) {
        return day == null ? "…" : day.format(SHOWN);
    }
}

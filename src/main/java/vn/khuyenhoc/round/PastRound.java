package vn.khuyenhoc.round;

import java.time.LocalDate;
import java.util.List;
import vn.khuyenhoc.criteria.Title;

/**
 * A round of a past year as its papers tell it, to be recorded whole: the title, area, set and dates, every
 * registration with the reviewer's sheet and whether the decision recognised it, and the decision's header.
 * A registration not recognised was rejected at review, so it was never proposed.
 */
public record PastRound(int year, Title title, long areaUnitId, String name, long criteriaSetId,
                        List<Long> pilotUnits, LocalDate registeredOn, LocalDate reviewedOn, List<Entry> entries,
                        DecisionForm decision) {

    public PastRound {
        pilotUnits = pilotUnits == null ? List.of() : List.copyOf(pilotUnits);
        entries = List.copyOf(entries);
    }

    /** One subject of the round: its id and the unit it lay in that year (a village, or an old commune). */
    public record Entry(long subjectId, long subjectUnitId, SheetForm review, boolean recognised) {
    }

    public long recognisedCount() {
        return entries.stream().filter(Entry::recognised).count();
    }
}

package vn.khuyenhoc.round;

import java.time.LocalDate;
import java.util.List;
import vn.khuyenhoc.criteria.Title;

/**
 * What an officer fills in to open a round: the year, the title, the area (a commune, or a province for
 * province-level titles), the criteria set in force, the deadlines and, for a pilot, the units it covers.
 */
public record RoundForm(int year, Title title, long areaUnitId, String name, long criteriaSetId, boolean pilot,
                        List<Long> pilotUnits, LocalDate registrationUntil, LocalDate selfAssessmentUntil,
                        LocalDate reviewUntil, LocalDate decisionUntil) {

    public RoundForm {
        pilotUnits = pilotUnits == null ? List.of() : List.copyOf(pilotUnits);
    }
}

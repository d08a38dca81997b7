package vn.khuyenhoc.geography.imports;

import java.time.LocalDate;

/** Which day a unit must be valid on to stand on one side of a link effective on a given day. */
final class LinkSides {

    private LinkSides() {
    }

    /** A predecessor lived until the day before; a successor lives from the day itself. */
    static LocalDate dayOf(String side, LocalDate effective) {
        return "predecessor".equals(side) ? effective.minusDays(1) : effective;
    }

    /** The unit that resolves an item is the missing successor, or the missing predecessor. */
    static LocalDate searchDay(SetAsides.Item item) {
        return dayOf(LineagePlanner.UNKNOWN_SUCCESSOR.equals(item.reason()) ? "successor" : "predecessor",
                item.effectiveDate());
    }
}

package vn.khuyenhoc.geography.unit;

import java.time.LocalDate;

/** A unit as a line of the tree or of search results, with how many children it had on the chosen date. */
record UnitRow(long unitId, String code, String name, String kind, String typeName, Long parentId,
               LocalDate validFrom, LocalDate validTo, int children) {
}

package vn.khuyenhoc.geography;

import java.time.LocalDate;

/** One version of a unit as other modules see it. */
public record UnitSummary(long unitId, String code, String name, UnitKind kind, String typeName, Long parentId,
                          LocalDate validFrom, LocalDate validTo) {
}

package vn.khuyenhoc.criteria;

import java.time.LocalDate;

/** One line of a list of sets. */
public record SetSummary(long id, Title title, String code, int version, String name, String legalNumber,
                         LocalDate legalDate, Integer yearFrom, Integer yearTo, String variant, Long ownerUnitId,
                         String ownerName, SetStatus status, boolean incomplete, boolean used, RuleStyle style) {
}

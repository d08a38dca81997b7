package vn.khuyenhoc.round;

import vn.khuyenhoc.criteria.Title;

/**
 * One subject registered for a title in a year (đăng ký), with where it stands in the chain.
 *
 * @param subjectKind household, clan, village, organisation, commune, province or person (a citizen)
 */
public record Registration(long id, long roundId, String subjectKind, long subjectId, long subjectUnitId,
                           String subjectName, Title title, int year, RegistrationStatus status,
                           String reviewComment, int version) {
}

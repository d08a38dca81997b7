/**
 * Commendations (khen thưởng): giấy khen, bằng khen, Kỷ niệm chương "Vì sự nghiệp khuyến học" and cờ thi đua given
 * to collectives (a household, clan, village, organisation or association branch) or to persons, by decision of an
 * issuing body; and proposals (đề nghị khen thưởng) sent by a unit to a unit above it, whose accepted items become
 * commendations (ADR 0015). Recipients are named through the views the registry, association and geography
 * publish; other modules read {@code commendation_count_by_year}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web", "accounts", "documents"})
package vn.khuyenhoc.commendation;

/**
 * The study-promotion association (Hội Khuyến học): association units at province and commune level (district
 * level before 1 July 2025) tied to geography's units for a dated period and merged along its lineage, branches
 * (chi hội) in villages and organisations, boards (ban khuyến học) in clans and organisations, their officers
 * and terms (nhiệm kỳ), and members (hội viên) — registry persons — with card numbers, branch transfers and a
 * status derived from dated rules. Other modules use {@link vn.khuyenhoc.association.Associations},
 * {@link vn.khuyenhoc.association.Members}, their events and the read-only views named {@code association_*}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "web", "geography", "accounts", "registry"})
package vn.khuyenhoc.association;

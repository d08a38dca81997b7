/**
 * Statistics (thống kê): per-unit yearly counts of subjects, registered and recognised per title, kept by this
 * module from the round's events and rebuilt from the published views, rolled up "as the map was" or on today's
 * map, mixed with aggregate returns (báo cáo tổng hợp), checked by validation rules and shown against targets
 * (chỉ tiêu) on dashboards and in the annual report (ADR 0013). Reads other modules only through their views.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web", "geography", "accounts",
        "round", "criteria", "documents", "registry"})
package vn.khuyenhoc.statistics;

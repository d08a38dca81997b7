/**
 * The study-promotion fund (Quỹ khuyến học) of an association unit: an append-only ledger of whole-đồng entries,
 * donations in and scholarships, awards, aid, support to schools and operating costs out, corrected by reversing
 * entries and closed year by year (ADR 0012). Other modules use {@link vn.khuyenhoc.fund.Funds}, its events and
 * the read-only view {@code fund_figures_by_year}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "web", "geography", "accounts", "registry", "association", "documents"})
package vn.khuyenhoc.fund;

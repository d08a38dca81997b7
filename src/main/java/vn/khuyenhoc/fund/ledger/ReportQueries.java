package vn.khuyenhoc.fund.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.shared.NotFound;

/** The year's report of a fund and the figures of funds per area and year for the dashboard. */
@Component
public class ReportQueries {

    private static final List<String> OUT_KINDS = List.of("SCHOLARSHIP", "STUDENT_AWARD", "TEACHER_AWARD",
            "POOR_STUDENT_AID", "SCHOOL_SUPPORT", "OPERATING");
    private final JdbcClient jdbc;
    private final LedgerQueries ledger;

    ReportQueries(JdbcClient jdbc, LedgerQueries ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** Raised, spent and people supported in the funds of an area (by the area's path prefix) and year. */
    public record Figures(int year, long funds, long raised, long spent, long peopleSupported) {
    }

    public YearReport year(long fundId, int year) {
        var fund = ledger.fund(fundId).orElseThrow(() -> new NotFound("fund", fundId));
        long opening = ledger.balanceAt(fundId, LocalDate.of(year - 1, 12, 31)).total();
        long closing = ledger.balanceAt(fundId, LocalDate.of(year, 12, 31)).total();
        Map<String, YearReport.KindTotal> byKind = jdbc.sql("""
                select kind, sum(amount) as amount, count(*) filter (where not reversal) as entries
                from fund_entry where fund_id = :f and entry_year = :y group by kind""")
                .param("f", fundId).param("y", year).query(YearReport.KindTotal.class).list().stream()
                .collect(Collectors.toMap(YearReport.KindTotal::kind, Function.identity()));
        var spent = OUT_KINDS.stream().map(k -> byKind.getOrDefault(k, new YearReport.KindTotal(k, 0, 0))).toList();
        var supported = supported(fundId, year);
        long raisedInKind = jdbc.sql("""
                select coalesce(sum(amount), 0) from fund_entry
                where fund_id = :f and entry_year = :y and kind = 'DONATION' and in_kind""")
                .param("f", fundId).param("y", year).query(Long.class).single();
        return new YearReport(fundId, fund.name(), fund.association(), year, opening,
                amountOf(byKind, "DONATION"), raisedInKind, spent,
                spent.stream().mapToLong(YearReport.KindTotal::amount).sum(), supported[0], supported[1],
                amountOf(byKind, "TRANSFER_IN"), amountOf(byKind, "TRANSFER_OUT"), closing,
                fund.closedThrough() != null && year <= fund.closedThrough());
    }

    private static long amountOf(Map<String, YearReport.KindTotal> byKind, String kind) {
        return byKind.containsKey(kind) ? byKind.get(kind).amount() : 0;
    }

    /** Distinct persons and organisations paid in the year by entries that stand (not reversed). */
    private long[] supported(long fundId, int year) {
        return jdbc.sql("""
                select count(distinct person_id) as persons, count(distinct organisation_id) as organisations
                from fund_entry e where fund_id = :f and entry_year = :y and kind = any (:out) and not reversal
                  and not exists (select 1 from fund_entry r where r.corrects_id = e.id and r.reversal)""")
                .param("f", fundId).param("y", year).param("out", OUT_KINDS.toArray(String[]::new))
                .query((rs, n) -> new long[] {rs.getLong("persons"), rs.getLong("organisations")}).single();
    }

    public Figures figures(String[] prefixes, int year) {
        return jdbc.sql("""
                select cast(:y as int) as year, count(*) as funds, coalesce(sum(raised), 0) as raised,
                       coalesce(sum(spent), 0) as spent, coalesce(sum(people_supported), 0) as people_supported
                from fund_figures_by_year v
                where v.year = :y and exists (select 1 from geography_unit_scope s
                      where s.unit_id = v.geo_unit_id and s.path like any (:prefixes))""")
                .param("y", year).param("prefixes", prefixes).query(Figures.class).single();
    }
}

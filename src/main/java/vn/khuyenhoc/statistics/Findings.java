package vn.khuyenhoc.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.shared.Rate;
import vn.khuyenhoc.statistics.rules.ChildTotalRule;
import vn.khuyenhoc.statistics.rules.CountOrderRule;
import vn.khuyenhoc.statistics.rules.Counts;
import vn.khuyenhoc.statistics.rules.FigureRows;
import vn.khuyenhoc.statistics.rules.Finding;
import vn.khuyenhoc.statistics.rules.JumpRule;
import vn.khuyenhoc.statistics.rules.MissingVillageRule;
import vn.khuyenhoc.statistics.rules.PrintedRateRule;

/**
 * Runs the validation rules over every figure, recorded or reported, under an area in a year: the findings page
 * and the dashboard list them with the area, the year and the numbers.
 */
@Service
public class Findings {

    private final AreaGuard guard;
    private final FigureRows rows;

    Findings(AreaGuard guard, FigureRows rows) {
        this.guard = guard;
        this.rows = rows;
    }

    /** A finding with the name of its area, for pages. */
    public record Named(Finding finding, String areaName) {
    }

    @Transactional(readOnly = true)
    public List<Named> of(long area, int year) {
        guard.requireRead(area);
        List<FigureRows.Row> current = rows.under(area, year);
        Map<Long, String> names = current.stream().filter(r -> r.name() != null)
                .collect(Collectors.toMap(r -> r.counts().unitId(), FigureRows.Row::name, (a, b) -> a));
        var findings = new ArrayList<Finding>();
        current.forEach(row -> {
            CountOrderRule.check(row.counts()).ifPresent(findings::add);
            PrintedRateRule.check(row.counts()).ifPresent(findings::add);
        });
        jumps(area, year, current, findings);
        childTotals(current, findings);
        missingVillages(area, year, current, findings);
        returnsBesideRecords(area, year, current, findings);
        return findings.stream().sorted(Comparator.comparing(Finding::title).thenComparing(Finding::kind))
                .map(f -> new Named(f, names.get(f.unitId()))).toList();
    }

    private void jumps(long area, int year, List<FigureRows.Row> current, List<Finding> findings) {
        Map<String, Counts> previous = rows.byKey(area, year - 1);
        current.forEach(row -> {
            Counts before = previous.get(row.counts().unitId() + "/" + row.counts().title() + "/" + row.source());
            if (before != null) {
                JumpRule.check(before, row.counts(), JumpRule.DEFAULT_THRESHOLD).ifPresent(findings::add);
            }
        });
    }

    private void childTotals(List<FigureRows.Row> current, List<Finding> findings) {
        var reported = current.stream().filter(r -> r.source().equals("REPORTED")).toList();
        reported.forEach(parent -> {
            List<Counts> children = reported.stream().filter(c -> parent.counts().unitId() == nz(c.parentId())
                    && c.counts().title().equals(parent.counts().title())).map(FigureRows.Row::counts).toList();
            if (!children.isEmpty()) {
                findings.addAll(ChildTotalRule.check(parent.counts(), children));
            }
        });
    }

    private void missingVillages(long area, int year, List<FigureRows.Row> current, List<Finding> findings) {
        var villagesOf = rows.villages(area, year);
        var reportedVillages = current.stream().filter(r -> "VILLAGE".equals(r.kind()) && r.parentId() != null)
                .collect(Collectors.groupingBy(r -> r.parentId() + "/" + r.counts().title()));
        reportedVillages.forEach((key, villageRows) -> {
            if (villageRows.stream().noneMatch(r -> r.source().equals("REPORTED"))) {
                return;
            }
            long commune = villageRows.get(0).parentId();
            String title = villageRows.get(0).counts().title();
            var present = villageRows.stream().filter(r -> r.source().equals("REPORTED")
                    || r.counts().registered() > 0).map(r -> r.counts().unitId()).collect(Collectors.toSet());
            findings.addAll(MissingVillageRule.check(commune, year, title,
                    villagesOf.getOrDefault(commune, Map.of()), present));
        });
    }

    private void returnsBesideRecords(long area, int year, List<FigureRows.Row> current, List<Finding> findings) {
        current.stream().filter(r -> r.source().equals("REPORTED")).forEach(reported -> {
            long unit = reported.counts().unitId();
            String title = reported.counts().title();
            var records = current.stream().filter(r -> r.source().equals("RECORDS") && r.counts().title().equals(title)
                    && (r.counts().unitId() == unit || nz(r.parentId()) == unit)).map(FigureRows.Row::counts).toList();
            long registered = records.stream().mapToLong(Counts::registered).sum();
            if (registered == 0) {
                return;
            }
            long recognised = records.stream().mapToLong(Counts::recognised).sum();
            findings.add(new Finding("returnDiffers", unit, year, title, List.of(
                    Rate.count(reported.counts().recognised()), Rate.count(recognised),
                    Rate.count(reported.counts().registered()), Rate.count(registered))));
        });
    }

    private static long nz(Long id) {
        return id == null ? -1 : id;
    }
}

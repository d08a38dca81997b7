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
 * Runs the validation rules over every figure, recorded or reported, under an area in a year: SQL preselects the
 * few figures that can break a rule ({@link FigureRows}), the pure rules decide and word the findings.
 */
@Service
public class Findings {

    private final AreaGuard guard;
    private final FigureRows rows;
    private final JumpThresholds thresholds;

    Findings(AreaGuard guard, FigureRows rows, JumpThresholds thresholds) {
        this.guard = guard;
        this.rows = rows;
        this.thresholds = thresholds;
    }

    /** A finding with the name of its area, for pages. */
    public record Named(Finding finding, String areaName) {
    }

    @Transactional(readOnly = true)
    public List<Named> of(long area, int year) {
        guard.requireRead(area);
        rows.planForTheirValues();
        List<FigureRows.Row> suspects = rows.suspects(area, year);
        var findings = new ArrayList<Finding>();
        suspects.forEach(row -> {
            CountOrderRule.check(row.counts()).ifPresent(findings::add);
            PrintedRateRule.check(row.counts()).ifPresent(findings::add);
        });
        jumps(area, year, findings);
        var reported = suspects.stream().filter(r -> r.source().equals("REPORTED")).toList();
        if (!reported.isEmpty()) {
            childTotals(reported, findings);
            missingVillages(area, year, findings);
            returnsBesideRecords(area, year, reported, findings);
        }
        var names = rows.names(findings.stream().map(Finding::unitId).collect(Collectors.toSet()));
        return findings.stream().sorted(Comparator.comparing(Finding::title).thenComparing(Finding::kind))
                .map(f -> new Named(f, names.get(f.unitId()))).toList();
    }

    private void jumps(long area, int year, List<Finding> findings) {
        var candidates = rows.jumpCandidates(area, year, thresholds.least(area));
        var byUnit = thresholds.of(candidates.stream().map(p -> p.current().unitId()).collect(Collectors.toSet()));
        candidates.forEach(pair -> JumpRule.check(pair.previous(), pair.current(),
                byUnit.get(pair.current().unitId())).ifPresent(findings::add));
    }

    private void childTotals(List<FigureRows.Row> reported, List<Finding> findings) {
        reported.forEach(parent -> {
            List<Counts> children = reported.stream().filter(c -> parent.counts().unitId() == nz(c.parentId())
                    && c.counts().title().equals(parent.counts().title())).map(FigureRows.Row::counts).toList();
            if (!children.isEmpty()) {
                findings.addAll(ChildTotalRule.check(parent.counts(), children));
            }
        });
    }

    private void missingVillages(long area, int year, List<Finding> findings) {
        var groups = rows.villageReturns(area, year);
        var villagesOf = rows.villages(groups.stream().map(FigureRows.VillageReturns::communeId)
                .collect(Collectors.toSet()), year);
        groups.forEach(group -> findings.addAll(MissingVillageRule.check(group.communeId(), year, group.title(),
                villagesOf.getOrDefault(group.communeId(), Map.of()), group.present())));
    }

    private void returnsBesideRecords(long area, int year, List<FigureRows.Row> reported, List<Finding> findings) {
        var records = rows.recordsBesideReturns(area, year).stream()
                .collect(Collectors.toMap(r -> r.unitId() + "/" + r.title(), r -> r));
        reported.forEach(row -> {
            var beside = records.get(row.counts().unitId() + "/" + row.counts().title());
            if (beside != null) {
                findings.add(new Finding("returnDiffers", row.counts().unitId(), year, row.counts().title(), List.of(
                        Rate.count(row.counts().recognised()), Rate.count(beside.recognised()),
                        Rate.count(row.counts().registered()), Rate.count(beside.registered()))));
            }
        });
    }

    private static long nz(Long id) {
        return id == null ? -1 : id;
    }
}

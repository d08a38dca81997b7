package vn.khuyenhoc.statistics.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.statistics.AreaFigures;
import vn.khuyenhoc.statistics.BoundaryView;
import vn.khuyenhoc.statistics.Figure;
import vn.khuyenhoc.statistics.Findings;
import vn.khuyenhoc.statistics.Statistics;
import vn.khuyenhoc.statistics.Target;
import vn.khuyenhoc.statistics.Targets;
import vn.khuyenhoc.statistics.figures.RollupRows;

/** Assembles an area's dashboard from the small count tables (never from the raw registrations). */
@Component
class DashboardQueries {

    static final List<String> TITLES = List.of("GIA_DINH", "DONG_HO", "CONG_DONG_THON", "DON_VI_XA",
            "DON_VI_HUYEN_TINH", "CONG_DAN", "CONG_DONG_XA", "CONG_DONG_TINH");

    private final Statistics statistics;
    private final Targets targets;
    private final Findings findings;
    private final AreaPlaces places;
    private final OtherFigures others;

    DashboardQueries(Statistics statistics, Targets targets, Findings findings, AreaPlaces places,
                     OtherFigures others) {
        this.statistics = statistics;
        this.targets = targets;
        this.findings = findings;
        this.places = places;
        this.others = others;
    }

    @Transactional(readOnly = true)
    Dashboard of(long area, int year, String focusTitle, BoundaryView view) {
        Map<RollupRows.Key, Figure> totals = statistics.totals(area, view, year, focusTitle);
        var lines = new ArrayList<Dashboard.TitleLine>();
        for (String title : TITLES) {
            Figure total = totals.getOrDefault(new RollupRows.Key(year, title), Figure.none(area));
            if (total.subjects() == 0 && total.registered() == 0) {
                continue;
            }
            Target target = targets.applying(area, title, year).orElse(null);
            lines.add(new Dashboard.TitleLine(title, total, target,
                    target == null ? null : target.standing(total.ofSubjects())));
        }
        AreaFigures focus = statistics.figures(area, year, focusTitle, view);
        var ranked = focus.children().stream()
                .sorted(Comparator.comparing((Figure f) -> f.ofSubjects().percent(4),
                        Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        var years = places.years(area, view);
        var trend = years.stream().map(y -> new Dashboard.TrendPoint(y,
                totals.getOrDefault(new RollupRows.Key(y, focusTitle), Figure.none(area)))).toList();
        return new Dashboard(places.place(area), places.breadcrumbs(area), year, view, years, lines,
                new AreaFigures(area, year, focusTitle, view, focus.total(), ranked), trend,
                findings.of(area, year), others.of(area, year));
    }
}

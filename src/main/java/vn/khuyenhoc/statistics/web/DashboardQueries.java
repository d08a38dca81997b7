package vn.khuyenhoc.statistics.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.statistics.AreaFigures;
import vn.khuyenhoc.statistics.BoundaryView;
import vn.khuyenhoc.statistics.Figure;
import vn.khuyenhoc.statistics.Findings;
import vn.khuyenhoc.statistics.Statistics;
import vn.khuyenhoc.statistics.Target;
import vn.khuyenhoc.statistics.Targets;

/** Assembles an area's dashboard from the small count tables (never from the raw registrations). */
@Component
class DashboardQueries {

    static final List<String> TITLES = List.of("GIA_DINH", "DONG_HO", "CONG_DONG_THON", "DON_VI_XA",
            "DON_VI_HUYEN_TINH", "CONG_DAN", "CONG_DONG_XA", "CONG_DONG_TINH");

    private final Statistics statistics;
    private final Targets targets;
    private final Findings findings;
    private final AreaPlaces places;
    private final JdbcClient jdbc;

    DashboardQueries(Statistics statistics, Targets targets, Findings findings, AreaPlaces places, JdbcClient jdbc) {
        this.statistics = statistics;
        this.targets = targets;
        this.findings = findings;
        this.places = places;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Dashboard of(long area, int year, String focusTitle, BoundaryView view) {
        var lines = new ArrayList<Dashboard.TitleLine>();
        for (String title : TITLES) {
            Figure total = statistics.figures(area, year, title, view).total();
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
        var years = places.years();
        var trend = years.stream().map(y -> new Dashboard.TrendPoint(y,
                statistics.figures(area, y, focusTitle, view).total())).toList();
        return new Dashboard(places.place(area), places.breadcrumbs(area), year, view, years, lines,
                new AreaFigures(area, year, focusTitle, view, focus.total(), ranked), trend,
                findings.of(area, year), others(area, year));
    }

    private Dashboard.Others others(long area, int year) {
        return jdbc.sql("""
                with under as (select distinct s.unit_id from geography_unit_scope s
                               join geography_unit_scope a on s.path like a.path || '%' where a.unit_id = :area)
                select (select coalesce(sum(members), 0) from association_member_count_by_year m
                        where m.year = :year and m.area_id in (select unit_id from under)) as members,
                       (select coalesce(sum(branches), 0) from association_branch_count_by_year b
                        where b.year = :year and b.area_id in (select unit_id from under)) as branches,
                       coalesce(sum(f.raised), 0) as raised, coalesce(sum(f.spent), 0) as spent,
                       coalesce(sum(f.people_supported), 0) as people
                from fund_figures_by_year f where f.year = :year and f.geo_unit_id in (select unit_id from under)""")
                .param("area", area).param("year", year)
                .query((rs, n) -> new Dashboard.Others(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5))).single();
    }
}

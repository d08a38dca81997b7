package vn.khuyenhoc.statistics;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.statistics.figures.Rollups;

/**
 * The annual report of a commune or province, live from the counts or as submitted to the level above: a
 * submitted report is a jsonb snapshot that no later record, map change or rule moves.
 */
@Service
public class Reports {

    private static final List<String> TITLES = List.of("GIA_DINH", "DONG_HO", "CONG_DONG_THON", "DON_VI_XA",
            "DON_VI_HUYEN_TINH", "CONG_DAN", "CONG_DONG_XA", "CONG_DONG_TINH");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A submitted report with when it was sent. */
    public record Submitted(AnnualReport report, OffsetDateTime at) {
    }

    private final Rollups rollups;
    private final AreaGuard guard;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Reports(Rollups rollups, AreaGuard guard, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.rollups = rollups;
        this.guard = guard;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public AnnualReport live(long area, int year) {
        guard.requireRead(area);
        var sections = new ArrayList<AnnualReport.Section>();
        for (String title : TITLES) {
            AreaFigures now = rollups.of(area, year, title, BoundaryView.AS_THE_MAP_WAS);
            if (now.total().subjects() == 0 && now.total().registered() == 0) {
                continue;
            }
            AreaFigures before = rollups.of(area, year - 1, title, BoundaryView.AS_THE_MAP_WAS);
            Map<Long, Figure> previous = before.children().stream()
                    .collect(Collectors.toMap(Figure::unitId, Function.identity()));
            List<AnnualReport.Line> lines = now.children().stream()
                    .map(f -> line(f, previous.get(f.unitId()))).toList();
            sections.add(new AnnualReport.Section(title, line(now.total(), before.total()), lines));
        }
        return new AnnualReport(area, name(area), year, sections);
    }

    @Transactional(readOnly = true)
    public Optional<Submitted> submitted(long area, int year) {
        guard.requireRead(area);
        return jdbc.sql("select figures::text, submitted_at from stat_report where unit_id = :area and year = :year")
                .param("area", area).param("year", year)
                .query((rs, n) -> new Submitted(JSON.readValue(rs.getString(1), AnnualReport.class),
                        rs.getObject(2, OffsetDateTime.class))).optional();
    }

    /** Locks the live figures as the submitted report; a year is submitted once. */
    @Transactional
    public long submit(long area, int year) {
        guard.requireWrite(area);
        AnnualReport report = live(area, year);
        Long id = jdbc.sql("""
                insert into stat_report (unit_id, year, figures, submitted_by) values (:area, :year, :figures::jsonb, :by)
                on conflict (unit_id, year) do nothing returning id""")
                .param("area", area).param("year", year).param("figures", JSON.writeValueAsString(report))
                .param("by", guard.requireUser().id()).query(Long.class).optional().orElse(null);
        if (id == null) {
            throw new InvalidInput("statistics.report.alreadySubmitted");
        }
        events.publishEvent(StatisticsChanged.one("statistics-report", id, "submit", area,
                Map.of("year", year, "titles", report.sections().size())));
        return id;
    }

    /** The lines whose live counts differ from the submitted ones, as "title · area: submitted → live". */
    public static List<String> differences(AnnualReport submitted, AnnualReport live) {
        Map<String, AnnualReport.Line> before = new java.util.HashMap<>();
        submitted.sections().forEach(s -> {
            before.put(s.title() + "/total", s.total());
            s.lines().forEach(l -> before.put(s.title() + "/" + l.unitId(), l));
        });
        var out = new ArrayList<String>();
        live.sections().forEach(s -> {
            compare(out, s.title(), live.areaName(), before.remove(s.title() + "/total"), s.total());
            s.lines().forEach(l -> compare(out, s.title(), l.name(), before.remove(s.title() + "/" + l.unitId()), l));
        });
        return out;
    }

    private static void compare(List<String> out, String title, String name, AnnualReport.Line was,
                                AnnualReport.Line now) {
        String then = was == null ? "0/0" : was.recognised() + "/" + was.subjects();
        String live = now.recognised() + "/" + now.subjects();
        if (!then.equals(live) || (was != null && was.registered() != now.registered())) {
            out.add(title + " · " + name + ": " + then + " → " + live);
        }
    }

    private static AnnualReport.Line line(Figure now, Figure before) {
        return new AnnualReport.Line(now.unitId(), now.name(), now.subjects(), now.registered(), now.recognised(),
                before == null ? 0 : before.subjects(), before == null ? 0 : before.registered(),
                before == null ? 0 : before.recognised());
    }

    private String name(long area) {
        return jdbc.sql("select name from geography_unit_current where unit_id = :id").param("id", area)
                .query(String.class).optional().orElse("#" + area);
    }
}

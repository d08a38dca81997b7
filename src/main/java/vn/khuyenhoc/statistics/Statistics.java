package vn.khuyenhoc.statistics;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.statistics.counts.Ancestries;
import vn.khuyenhoc.statistics.counts.YearRecompute;
import vn.khuyenhoc.statistics.figures.RollupRows;
import vn.khuyenhoc.statistics.figures.Rollups;

/**
 * The statistics module's API: an area's figures for a year and a title in either boundary view, and the full
 * recompute of a year from the published views (administrators).
 */
@Service
public class Statistics {

    private final AreaGuard guard;
    private final Rollups rollups;
    private final YearRecompute recompute;
    private final ApplicationEventPublisher events;
    private final Ancestries ancestries;

    Statistics(AreaGuard guard, Rollups rollups, YearRecompute recompute, ApplicationEventPublisher events,
               Ancestries ancestries) {
        this.ancestries = ancestries;
        this.guard = guard;
        this.rollups = rollups;
        this.recompute = recompute;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public AreaFigures figures(long areaId, int year, String title, BoundaryView view) {
        guard.requireRead(areaId);
        return rollups.of(areaId, year, title, view);
    }

    /**
     * The area's totals of one year for every title and of one title for every year, as a dashboard shows them
     * (a missing key: nothing counted).
     */
    @Transactional(readOnly = true)
    public Map<RollupRows.Key, Figure> totals(long areaId, BoundaryView view, int year, String title) {
        guard.requireRead(areaId);
        return rollups.totals(areaId, view, year, title);
    }

    /** Rebuilds a year's counts and ancestries; returns the number of count rows written. */
    @Transactional
    public int recompute(int year) {
        guard.requireWrite(AreaGuard.WHOLE_COUNTRY);
        int rows = recompute.recompute(year);
        ancestries.rebuildYear(year);
        ancestries.rebuildToday();
        events.publishEvent(StatisticsChanged.one("statistics-year", (long) year, "recompute", null,
                Map.of("year", year, "rows", rows)));
        return rows;
    }
}

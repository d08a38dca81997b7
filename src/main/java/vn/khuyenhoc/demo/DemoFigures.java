package vn.khuyenhoc.demo;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.statistics.Statistics;

/**
 * The statistics of the demo's years, recomputed once its history is recorded, as an administrator does after
 * loading past rounds: the events of the rounds count only the units that had registrations, a recompute adds
 * every unit's denominator (14 khu phố, not only those that registered).
 */
@Component
class DemoFigures {

    static final List<Integer> YEARS = List.of(2016, 2019, 2022, 2025, 2026);
    private final Statistics statistics;
    private final DemoActing acting;

    DemoFigures(Statistics statistics, DemoActing acting) {
        this.statistics = statistics;
        this.acting = acting;
    }

    int recompute() {
        return acting.as("admin", () -> YEARS.stream().mapToInt(statistics::recompute).sum());
    }
}

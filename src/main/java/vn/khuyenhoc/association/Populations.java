package vn.khuyenhoc.association;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.association.imports.PopulationSheet;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * The population of an area for a year, entered by an officer of the area or imported from a small sheet: the
 * denominator of "members as a share of the population". A new figure replaces the year's old one; the audit
 * keeps both.
 */
@Service
public class Populations {

    private final JdbcClient jdbc;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;

    Populations(JdbcClient jdbc, AreaGuard guard, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.events = events;
    }

    @Transactional
    public void record(long unitId, int year, long population) {
        Long before = write(unitId, year, population);
        events.publishEvent(new PopulationRecorded(unitId, year, before, population));
    }

    /** A row of an imported sheet that could not be taken, by its line. */
    public record Problem(int line, String messageKey, String value) {
    }

    /**
     * Imports a sheet of populations ({@link PopulationSheet}): every row is checked first (a unit of the user's
     * area by code, a year, a positive number) and all are written, or none when any row has a problem.
     */
    @Transactional
    public List<Problem> importSheet(byte[] content) {
        var rows = new ArrayList<long[]>();
        var problems = new ArrayList<Problem>();
        for (var line : PopulationSheet.read(content)) {
            Long unit = unitOf(line.unitCode());
            if (unit == null || !guard.canWrite(unit)) {
                problems.add(new Problem(line.line(), "association.population.unitUnknown", line.unitCode()));
            } else if (!line.year().matches("\\d{4}") || !line.population().matches("[1-9]\\d{0,11}")) {
                problems.add(new Problem(line.line(), "association.population.invalidRow",
                        line.year() + " · " + line.population()));
            } else {
                rows.add(new long[] {unit, Long.parseLong(line.year()), Long.parseLong(line.population())});
            }
        }
        if (problems.isEmpty() && !rows.isEmpty()) {
            rows.forEach(row -> write(row[0], (int) row[1], row[2]));
            events.publishEvent(new PopulationsImported(rows.size(), rows.stream().map(row -> row[0]).distinct().toList()));
        }
        return problems;
    }

    private Long unitOf(String code) {
        return jdbc.sql("""
                select unit_id from geography_unit_current where code = :code and not closed
                order by unit_id limit 1""").param("code", code).query(Long.class).optional().orElse(null);
    }

    private Long write(long unitId, int year, long population) {
        guard.requireWrite(unitId);
        if (population <= 0 || year < 1900 || year > 2200) {
            throw new InvalidInput("association.population.invalid");
        }
        Long before = jdbc.sql("select population from assoc_population where unit_id = :u and year = :y for update")
                .param("u", unitId).param("y", year).query(Long.class).optional().orElse(null);
        jdbc.sql("""
                insert into assoc_population (unit_id, year, population, recorded_by) values (:u, :y, :p, :by)
                on conflict (unit_id, year) do update set population = excluded.population,
                    recorded_by = excluded.recorded_by, recorded_at = now()""")
                .param("u", unitId).param("y", year).param("p", population)
                .param("by", guard.currentUser().map(user -> user.id()).orElse(null)).update();
        return before;
    }
}

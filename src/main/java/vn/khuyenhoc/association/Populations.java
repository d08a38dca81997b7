package vn.khuyenhoc.association;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * The population of an area for a year, entered by an officer of the area: the denominator of "members as a
 * share of the population". A new figure replaces the year's old one; the audit keeps both.
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
        events.publishEvent(new PopulationRecorded(unitId, year, before, population));
    }
}

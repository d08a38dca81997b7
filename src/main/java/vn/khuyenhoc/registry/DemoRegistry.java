package vn.khuyenhoc.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.registry.demo.DemoCommune;
import vn.khuyenhoc.registry.demo.DemoStaffing;
import vn.khuyenhoc.registry.demo.DemoTimeline;
import vn.khuyenhoc.registry.demo.DemoWriter;
import vn.khuyenhoc.registry.generator.HouseholdGenerator;

/**
 * The demo registry (dữ liệu mẫu) of one commune, made by the project's generator: about 8,100 households with
 * their members in its villages (7,120 of them by the end of 2016, 7,930 by the end of 2019), seven clans, ten
 * organisations with their staff. It loads only into an empty registry, in one transaction with one audit
 * entry. The application calls it with nobody signed in; a signed-in caller must be able to write the commune.
 */
@Service
public class DemoRegistry {

    public static final int HOUSEHOLDS = 8_100;
    private final JdbcClient jdbc;
    private final DemoWriter writer;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;

    DemoRegistry(JdbcClient jdbc, DemoWriter writer, AreaGuard guard, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.guard = guard;
        this.events = events;
    }

    /** Loads the demo registry into the commune's villages; empty when the registry already holds records. */
    @Transactional
    public Optional<RegistryDemoLoaded> load(long communeId, long seed) {
        guard.currentUser().ifPresent(user -> guard.requireWrite(communeId));
        if (!registryEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> villages = villagesOf(communeId);
        if (villages.isEmpty()) {
            throw new IllegalStateException("The commune #" + communeId + " has no villages for the demo registry");
        }
        var codes = new ArrayList<>(villages.keySet());
        LocalDate today = LocalDate.now();
        var generated = new HouseholdGenerator(seed).asOf(today.getYear())
                .clans(DemoCommune.clanCodeBySurname(), DemoCommune.CLAN_SHARE).generate(codes, HOUSEHOLDS);
        var households = new DemoTimeline(seed, today).arrange(generated, codes);
        var staff = new DemoStaffing(seed, today).choose(households);
        var written = writer.write(communeId, villages, households, staff);
        var loaded = new RegistryDemoLoaded(communeId, households.size(), written.persons(),
                DemoCommune.CLANS.size(), DemoCommune.ORGANISATIONS.size(), written.staff(), written.householdIds());
        events.publishEvent(loaded);
        return Optional.of(loaded);
    }

    private boolean registryEmpty() {
        return jdbc.sql("""
                select not exists (select 1 from reg_person) and not exists (select 1 from reg_household)
                   and not exists (select 1 from reg_clan) and not exists (select 1 from reg_organisation)""")
                .query(Boolean.class).single();
    }

    private Map<String, Long> villagesOf(long communeId) {
        var villages = new LinkedHashMap<String, Long>();
        jdbc.sql("""
                select code, unit_id from geography_unit_current
                where parent_id = :commune and kind = 'VILLAGE' and not closed
                order by code""")
                .param("commune", communeId)
                .query((rs, n) -> Map.entry(rs.getString("code"), rs.getLong("unit_id"))).list()
                .forEach(village -> villages.put(village.getKey(), village.getValue()));
        return villages;
    }
}

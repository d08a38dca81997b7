package vn.khuyenhoc.statistics.counts;

import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.geography.MapChanged;
import vn.khuyenhoc.round.RoundChanged;

/**
 * Keeps the counts in step with the round and the map in the publisher's transaction (a plain listener, not
 * after commit), so a figure never shows a decision that was rolled back.
 */
@Component
class CountListeners {

    private static final Set<String> REGISTRATION_ENTITIES = Set.of("registration", "proposal", "decision");

    private final Recount recount;
    private final Ancestries ancestries;
    private final CitizenGroups citizenGroups;

    CountListeners(Recount recount, Ancestries ancestries, CitizenGroups citizenGroups) {
        this.recount = recount;
        this.ancestries = ancestries;
        this.citizenGroups = citizenGroups;
    }

    @EventListener
    void on(RoundChanged event) {
        if (!REGISTRATION_ENTITIES.contains(event.entity())) {
            return;
        }
        boolean revocation = "revoke".equals(event.action());
        List<Long> ids = event.entityId() != null && "registration".equals(event.entity())
                ? List.of(event.entityId()) : event.affectedIds();
        List<CountKey> keys = recount.keysOf(ids, revocation);
        Set<Integer> unplaced = recount.recount(keys);
        citizenGroups.recount(keys);
        unplaced.forEach(ancestries::rebuildYear);
    }

    @EventListener
    void on(MapChanged event) {
        ancestries.rebuildAll();
    }
}

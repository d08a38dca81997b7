package vn.khuyenhoc.round.store;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The households of a round's villages as the registration sheet lists and reads them (registry's view). */
@Component
public class HouseholdListStore {

    private final JdbcClient jdbc;

    HouseholdListStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A village of a round's commune today, with its code (unique nationally: the commune's code in front). */
    public record Village(long id, String code, String name) {
    }

    /** A household of one of those villages, and whether it is registered for the round's title and year. */
    public record Household(long id, long villageId, String code, String name, boolean registered) {
    }

    public List<Village> villagesUnder(long areaUnitId) {
        return jdbc.sql("""
                select v.unit_id as id, v.code, v.name from geography_unit_current v
                where v.kind = 'VILLAGE' and v.parent_id = :area and not v.closed
                order by v.code""").param("area", areaUnitId).query(Village.class).list();
    }

    public List<Household> households(long roundId, List<Long> villageIds) {
        if (villageIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select s.id, s.unit_id as village_id, s.code, s.name,
                       exists (select 1 from round_registration g where g.subject_kind = 'household'
                               and g.subject_id = s.id and g.title = r.title and g.year = r.year) as registered
                from registry_subject s, round r
                where r.id = :round and s.kind = 'household' and s.unit_id = any (:villages)
                order by s.unit_id, s.code""").param("round", roundId)
                .param("villages", villageIds.toArray(Long[]::new)).query(Household.class).list();
    }
}

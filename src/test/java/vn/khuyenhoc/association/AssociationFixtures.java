package vn.khuyenhoc.association;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.registry.Relation;
import vn.khuyenhoc.registry.RegistryFixtures;

/**
 * Association records for tests: persons are made in the registry's tables with {@link RegistryFixtures} (a
 * household head in a village, so the guard finds them), the association's own records through its API.
 */
public final class AssociationFixtures {

    public static final LocalDate TWO_TIERS = LocalDate.of(2025, 7, 1);
    private final RegistryFixtures registry;
    private int households;

    public AssociationFixtures(JdbcClient jdbc) {
        this.registry = new RegistryFixtures(jdbc);
    }

    public RegistryFixtures registry() {
        return registry;
    }

    public long unit(String code) {
        return registry.unit(code);
    }

    /** Ids of an association, a branch in the village and a member (the person) for the access walk. */
    public record WalkRecords(long association, long branch, long member) {
    }

    /**
     * The commune's open association (the demo's, if there is one), a branch in the village (codes) and the person
     * as its member, written with SQL so that the walk depends on no feature class.
     */
    public WalkRecords walkRecords(JdbcClient jdbc, String communeCode, String villageCode, long personId) {
        long commune = unit(communeCode);
        long village = unit(villageCode);
        long association = jdbc.sql("select id from assoc_unit where geo_unit_id = :c and valid_to is null")
                .param("c", commune).query(Long.class).optional().orElseGet(() -> jdbc.sql("""
                        insert into assoc_unit (geo_unit_id, level, name, valid_from)
                        values (:c, 'COMMUNE', 'Hội Khuyến học đi bộ', date '2025-07-01') returning id""")
                        .param("c", commune).query(Long.class).single());
        long branch = jdbc.sql("""
                insert into assoc_branch (assoc_unit_id, village_id, area_id, name, name_folded, since)
                values (:a, :v, :v, 'Chi hội đi bộ', 'chi hoi di bo', date '2025-07-01') returning id""")
                .param("a", association).param("v", village).query(Long.class).single();
        long member = jdbc.sql("""
                insert into assoc_member (assoc_unit_id, person_id, card_number, joined_on)
                values (:a, :p, 'WALK-001', date '2025-08-01') returning id""")
                .param("a", association).param("p", personId).query(Long.class).single();
        jdbc.sql("insert into assoc_member_branch (member_id, branch_id, valid_from) values (:m, :b, date '2025-08-01')")
                .param("m", member).param("b", branch).update();
        return new WalkRecords(association, branch, member);
    }

    /** A person heading a new household in the village (by code). */
    public long person(String villageCode, String name) {
        long household = registry.household(villageCode, "ASSOC-T" + (++households), null);
        long person = registry.person(name, 1980, null);
        registry.member(household, person, Relation.HEAD);
        return person;
    }
}

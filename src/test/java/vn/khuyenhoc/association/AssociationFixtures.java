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

    /** A person heading a new household in the village (by code). */
    public long person(String villageCode, String name) {
        long household = registry.household(villageCode, "ASSOC-T" + (++households), null);
        long person = registry.person(name, 1980, null);
        registry.member(household, person, Relation.HEAD);
        return person;
    }
}

package vn.khuyenhoc.registry.household;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaResolver;

/**
 * For the guard, {@code @Access(area = "id", kind = "household")}: a household lies in the village it lives in
 * now (or lived in last). Unit officers and citizens never reach households (the default personal scope).
 */
@Component
class HouseholdAreaResolver implements AreaResolver {

    private final JdbcClient jdbc;

    HouseholdAreaResolver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "household";
    }

    @Override
    public Collection<Long> unitsOf(long id) {
        return jdbc.sql("select village_id from reg_household where id = :id").param("id", id)
                .query(Long.class).optional().map(List::of).orElse(List.of());
    }
}

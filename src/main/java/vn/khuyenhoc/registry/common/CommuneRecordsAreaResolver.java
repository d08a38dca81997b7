package vn.khuyenhoc.registry.common;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaResolver;

/**
 * For the guard, {@code kind = "commune"}: the records a commune keeps for all its villages (clans,
 * organisations), named by the commune's unit id. Users of the commune's villages read them too
 * ({@link #readableFromBelow()}); only officers of the commune and above change them.
 */
@Component
class CommuneRecordsAreaResolver implements AreaResolver {

    private final JdbcClient jdbc;

    CommuneRecordsAreaResolver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "commune";
    }

    @Override
    public Collection<Long> unitsOf(long id) {
        boolean commune = jdbc.sql("select exists (select 1 from geography_unit_current where unit_id = :id and kind = 'COMMUNE')")
                .param("id", id).query(Boolean.class).single();
        return commune ? List.of(id) : List.of();
    }

    @Override
    public boolean readableFromBelow() {
        return true;
    }
}

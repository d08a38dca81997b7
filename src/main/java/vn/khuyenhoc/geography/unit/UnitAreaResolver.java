package vn.khuyenhoc.geography.unit;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaResolver;
import vn.khuyenhoc.accounts.CurrentUser;

/** For the guard: a unit id stands for itself, if the unit exists. */
@Component
class UnitAreaResolver implements AreaResolver {

    private final JdbcClient jdbc;

    UnitAreaResolver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "unit";
    }

    @Override
    public Collection<Long> unitsOf(long id) {
        boolean exists = jdbc.sql("select exists (select 1 from geo_unit where id = :id)").param("id", id)
                .query(Boolean.class).single();
        return exists ? List.of(id) : List.of();
    }

    /** The map is not personal: unit officers and citizens browse the units of their area like anyone. */
    @Override
    public boolean withinPersonalScope(CurrentUser user, long id) {
        return true;
    }
}

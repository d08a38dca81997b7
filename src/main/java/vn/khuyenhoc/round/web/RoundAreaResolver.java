package vn.khuyenhoc.round.web;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaResolver;
import vn.khuyenhoc.accounts.CurrentUser;

/**
 * For the guard, {@code kind = "round"}: a round lies in its area (a commune or a province). It concerns everyone
 * under it, so branch officers, unit officers and citizens below read it; changing it needs its area.
 */
@Component
class RoundAreaResolver implements AreaResolver {

    private final JdbcClient jdbc;

    RoundAreaResolver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "round";
    }

    @Override
    public Collection<Long> unitsOf(long id) {
        return jdbc.sql("select area_unit_id from round where id = :id").param("id", id).query(Long.class)
                .optional().map(List::of).orElse(List.of());
    }

    /** A round holds no personal data: whoever may register in it may read it. */
    @Override
    public boolean withinPersonalScope(CurrentUser user, long id) {
        return true;
    }

    @Override
    public boolean readableFromBelow() {
        return true;
    }
}

package vn.khuyenhoc.registry.clan;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaResolver;

/** For the guard, {@code kind = "clan"}: a clan lies in its commune. Nobody's personal scope holds a clan. */
@Component
class ClanAreaResolver implements AreaResolver {

    private final JdbcClient jdbc;

    ClanAreaResolver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "clan";
    }

    @Override
    public Collection<Long> unitsOf(long id) {
        return jdbc.sql("select commune_id from reg_clan where id = :id").param("id", id).query(Long.class)
                .optional().map(List::of).orElse(List.of());
    }

    /** The commune's branch officers read its clans too: their households belong to them. */
    @Override
    public boolean readableFromBelow() {
        return true;
    }
}

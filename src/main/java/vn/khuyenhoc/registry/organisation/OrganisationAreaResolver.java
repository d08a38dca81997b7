package vn.khuyenhoc.registry.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaResolver;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.accounts.Role;

/**
 * For the guard, {@code kind = "organisation"}: an organisation lies in its commune, and it is the whole
 * personal scope of its unit officer.
 */
@Component
class OrganisationAreaResolver implements AreaResolver {

    private final JdbcClient jdbc;

    OrganisationAreaResolver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "organisation";
    }

    @Override
    public Collection<Long> unitsOf(long id) {
        return jdbc.sql("select commune_id from reg_organisation where id = :id").param("id", id)
                .query(Long.class).optional().map(List::of).orElse(List.of());
    }

    @Override
    public boolean withinPersonalScope(CurrentUser user, long id) {
        return user.role() == Role.UNIT_OFFICER && Long.valueOf(id).equals(user.organisationId());
    }

    /** The commune's branch officers read its organisations too: their households belong to them. */
    @Override
    public boolean readableFromBelow() {
        return true;
    }
}

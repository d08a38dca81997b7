package vn.khuyenhoc.round.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaResolver;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.accounts.Role;

/**
 * For the guard, {@code kind = "registration"}: a registration lies where its subject lies. A citizen reaches only
 * their own registration, a unit officer only their organisation's.
 */
@Component
class RegistrationAreaResolver implements AreaResolver {

    private final JdbcClient jdbc;

    RegistrationAreaResolver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "registration";
    }

    @Override
    public Collection<Long> unitsOf(long id) {
        return jdbc.sql("select subject_unit_id from round_registration where id = :id").param("id", id)
                .query(Long.class).optional().map(List::of).orElse(List.of());
    }

    @Override
    public boolean withinPersonalScope(CurrentUser user, long id) {
        var subject = jdbc.sql("select subject_kind, subject_id from round_registration where id = :id")
                .param("id", id).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).optional();
        if (subject.isEmpty()) {
            return false;
        }
        if (user.role() == Role.CITIZEN) {
            return subject.get().getKey().equals("person") && subject.get().getValue().equals(user.personId());
        }
        return user.role() == Role.UNIT_OFFICER && subject.get().getKey().equals("organisation")
                && subject.get().getValue().equals(user.organisationId());
    }
}

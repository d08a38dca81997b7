package vn.khuyenhoc.criteria.set;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.AreaResolver;

/**
 * For the guard, {@code kind = "criteria-set"}: a province's variant lies in that province, a national set in the
 * whole country (so only administrators change it). Reading needs no area: routes that read say so.
 */
@Component
class CriteriaSetAreaResolver implements AreaResolver {

    private final JdbcClient jdbc;

    CriteriaSetAreaResolver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "criteria-set";
    }

    @Override
    public Collection<Long> unitsOf(long id) {
        return jdbc.sql("select coalesce(owner_unit_id, :country) from criteria_set where id = :id")
                .param("country", AreaGuard.WHOLE_COUNTRY).param("id", id).query(Long.class).optional()
                .map(List::of).orElse(List.of());
    }
}

package vn.khuyenhoc.accounts.user;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.AreaResolver;

/**
 * For the guard, {@code @Access(area = "id", kind = "user")}: an account lies in its area. An administrator's
 * account has no area; it resolves to {@link AreaGuard#WHOLE_COUNTRY}, which only administrators cover, so
 * only administrators reach the pages of other administrators.
 */
@Component
class UserAreaResolver implements AreaResolver {

    private final JdbcClient jdbc;

    UserAreaResolver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "user";
    }

    @Override
    public Collection<Long> unitsOf(long id) {
        return jdbc.sql("select coalesce(unit_id, :whole) from app_user where id = :id")
                .param("whole", AreaGuard.WHOLE_COUNTRY).param("id", id).query(Long.class).optional()
                .map(List::of).orElse(List.of());
    }
}

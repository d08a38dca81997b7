package vn.khuyenhoc.learningcentre.centre;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaResolver;

/**
 * The guard's kind "learning-centre": a centre lies in its commune. Branch officers read their commune's centre
 * from below; only the commune's managers (and those above) write.
 */
@Component
class CentreAreaResolver implements AreaResolver {

    private final JdbcClient jdbc;

    CentreAreaResolver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "learning-centre";
    }

    @Override
    public Collection<Long> unitsOf(long id) {
        return jdbc.sql("select commune_id from lc_centre where id = :id").param("id", id).query(Long.class)
                .optional().map(List::of).orElse(List.of());
    }

    @Override
    public boolean readableFromBelow() {
        return true;
    }
}

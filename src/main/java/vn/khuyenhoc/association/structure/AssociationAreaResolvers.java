package vn.khuyenhoc.association.structure;

import java.util.Collection;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.accounts.AreaResolver;

/**
 * The guard's kinds for the association's records: "association" lies in its geography unit, "branch" in its
 * village (or its organisation's commune), "member" in the area of their latest branch. Branch officers read
 * their commune's association from below. Nobody's personal scope holds these records.
 */
@Configuration(proxyBeanMethods = false)
class AssociationAreaResolvers {

    @Bean
    AreaResolver associationResolver(JdbcClient jdbc) {
        return new SqlResolver(jdbc, "association", "select geo_unit_id from assoc_unit where id = :id", true);
    }

    @Bean
    AreaResolver branchResolver(JdbcClient jdbc) {
        return new SqlResolver(jdbc, "branch", "select area_id from assoc_branch where id = :id", true);
    }

    @Bean
    AreaResolver memberResolver(JdbcClient jdbc) {
        return new SqlResolver(jdbc, "member", """
                select b.area_id from assoc_member_branch mb join assoc_branch b on b.id = mb.branch_id
                where mb.member_id = :id order by mb.valid_from desc limit 1""", false);
    }

    /** A resolver answering with the one unit a query finds. */
    record SqlResolver(JdbcClient jdbc, String kind, String sql, boolean readableFromBelow) implements AreaResolver {

        @Override
        public Collection<Long> unitsOf(long id) {
            return jdbc.sql(sql).param("id", id).query(Long.class).optional().map(List::of).orElse(List.of());
        }
    }
}

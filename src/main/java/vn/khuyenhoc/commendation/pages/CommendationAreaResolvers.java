package vn.khuyenhoc.commendation.pages;

import java.util.Collection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.accounts.AreaResolver;

/**
 * The guard's kinds: "commendation" lies in its area unit; "commendation-proposal" in both the unit that sent it
 * and the unit it went to, so that either side reads it (the service asks for the receiving unit to decide).
 */
@Configuration(proxyBeanMethods = false)
class CommendationAreaResolvers {

    @Bean
    AreaResolver commendationResolver(JdbcClient jdbc) {
        return new SqlResolver(jdbc, "commendation", "select area_unit_id from commendation where id = :id");
    }

    @Bean
    AreaResolver commendationProposalResolver(JdbcClient jdbc) {
        return new SqlResolver(jdbc, "commendation-proposal", """
                select from_unit_id from commendation_proposal where id = :id
                union all select to_unit_id from commendation_proposal where id = :id""");
    }

    record SqlResolver(JdbcClient jdbc, String kind, String sql) implements AreaResolver {

        @Override
        public Collection<Long> unitsOf(long id) {
            return jdbc.sql(sql).param("id", id).query(Long.class).list();
        }
    }
}

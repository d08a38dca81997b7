package vn.khuyenhoc.fund.ledger;

import java.util.Collection;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.accounts.AreaResolver;

/**
 * The guard's kinds for the fund: "fund" and "fund-entry" lie in the area of the fund's association. Branch
 * officers read their commune's fund from below, as they read its association; only the commune's managers
 * write.
 */
@Configuration(proxyBeanMethods = false)
class FundAreaResolvers {

    @Bean
    AreaResolver fundResolver(JdbcClient jdbc) {
        return new SqlResolver(jdbc, "fund", "select geo_unit_id from fund where id = :id");
    }

    @Bean
    AreaResolver fundEntryResolver(JdbcClient jdbc) {
        return new SqlResolver(jdbc, "fund-entry",
                "select f.geo_unit_id from fund_entry e join fund f on f.id = e.fund_id where e.id = :id");
    }

    /** A resolver answering with the one unit a query finds. */
    record SqlResolver(JdbcClient jdbc, String kind, String sql) implements AreaResolver {

        @Override
        public Collection<Long> unitsOf(long id) {
            return jdbc.sql(sql).param("id", id).query(Long.class).optional().map(List::of).orElse(List.of());
        }

        @Override
        public boolean readableFromBelow() {
            return true;
        }
    }
}

package vn.khuyenhoc.round.store;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.round.Level;
import vn.khuyenhoc.round.Step;

/** A province's own rows of the approval chains, beside the national default that {@link RoundStore} merges. */
@Repository
public class ChainStore {

    /** One step a province does at its own level. */
    public record Override(Title title, Step step, Level level) {
    }

    private final JdbcClient jdbc;

    ChainStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Override> overrides(long provinceId) {
        return jdbc.sql("select title, step, level from round_chain_step where province_id = :p order by title, step")
                .param("p", provinceId).query(Override.class).list();
    }

    /** Whether the province has rounds of the title still open (they belong to the recognising level as it was). */
    public boolean hasOpenRounds(Title title, long provinceId) {
        return jdbc.sql("""
                select exists (select 1 from round where title = :t and province_id = :p and status = 'OPEN')""")
                .param("t", title.name()).param("p", provinceId).query(Boolean.class).single();
    }
}

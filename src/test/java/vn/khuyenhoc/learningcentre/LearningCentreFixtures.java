package vn.khuyenhoc.learningcentre;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Centres for tests, written with SQL (for the access walk) or found among the demo's. */
public final class LearningCentreFixtures {

    static final LocalDate BEFORE_REFORM = LocalDate.of(2020, 1, 1);
    private final JdbcClient jdbc;

    public LearningCentreFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit (a province or commune) with the code as it was on the day. */
    public long unitOn(String code, LocalDate on) {
        return jdbc.sql("""
                select unit_id from geography_unit_version where code = :code
                  and (valid_from is null or valid_from <= :on) and (valid_to is null or valid_to >= :on)""")
                .param("code", code).param("on", on).query(Long.class).single();
    }

    /** The commune's open centre (today's unit of the code), opened here from 2010 when it has none. */
    public long centre(String communeCode) {
        return centreOf(unitOn(communeCode, LocalDate.now()));
    }

    /** The open centre of the commune as it was before the reform, opened here from 2010 when it has none. */
    public long centreBeforeReform(String communeCode) {
        return centreOf(unitOn(communeCode, BEFORE_REFORM));
    }

    private long centreOf(long commune) {
        return jdbc.sql("select id from lc_centre where commune_id = :c and valid_to is null")
                .param("c", commune).query(Long.class).optional().orElseGet(() -> jdbc.sql("""
                        insert into lc_centre (commune_id, name, founded_on, valid_from)
                        values (:c, 'Trung tâm học tập cộng đồng thử', date '2010-01-01', date '2010-01-01') returning id""")
                        .param("c", commune).query(Long.class).single());
    }
}

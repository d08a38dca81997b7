package vn.khuyenhoc.round.web;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the round pages list besides the API's answers: villages of a round's area, subjects not yet registered. */
@Repository
class RoundPageQueries {

    record Place(long id, String name) {
    }

    record Candidate(long id, String code, String name) {
    }

    private final JdbcClient jdbc;

    RoundPageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Place> villagesOf(long areaUnitId) {
        return jdbc.sql("""
                select unit_id as id, name from geography_unit_current
                where parent_id = :area and kind = 'VILLAGE' and not closed order by code""")
                .param("area", areaUnitId).query(Place.class).list();
    }

    /**
     * Households of a village not registered for the round's title and year, 500 at most, by code; {@code q}
     * narrows them to a code prefix or a part of the head's name.
     */
    List<Candidate> unregisteredHouseholds(long roundId, long villageId, String q) {
        return jdbc.sql("""
                select s.id, s.code, s.name from registry_subject s, round r
                where r.id = :round and s.kind = 'household' and s.unit_id = :village
                  and not exists (select 1 from round_registration g where g.subject_kind = 'household'
                                  and g.subject_id = s.id and g.title = r.title and g.year = r.year)
                  and (:q = '' or s.code ilike :q || '%' or s.name ilike '%' || :q || '%')
                order by s.code limit 500""")
                .param("round", roundId).param("village", villageId).param("q", q).query(Candidate.class).list();
    }
}

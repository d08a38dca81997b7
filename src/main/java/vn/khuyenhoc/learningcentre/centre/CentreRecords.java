package vn.khuyenhoc.learningcentre.centre;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes and look-ups of centres, their activities, visits and ratings for the module's API. */
@Component
public class CentreRecords {

    private final JdbcClient jdbc;

    CentreRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A centre as the API needs it. */
    public record Centre(long id, long communeId, String name, LocalDate foundedOn, LocalDate validFrom,
                         LocalDate validTo, Long directorPersonId, String directorName, int version) {
    }

    /** A stored rating of a year. */
    public record StoredRating(long id, String rating, Long criteriaSetId, BigDecimal total) {
    }

    public Optional<Centre> centre(long id) {
        return jdbc.sql("select * from lc_centre where id = :id").param("id", id).query(Centre.class).optional();
    }

    /** The centre of the commune on the day. */
    public Optional<Centre> centreOf(long communeId, LocalDate on) {
        return jdbc.sql("""
                select * from lc_centre where commune_id = :c and valid_from <= :on
                  and (valid_to is null or valid_to >= :on)""")
                .param("c", communeId).param("on", on).query(Centre.class).optional();
    }

    /** Whether a centre of the commune exists on some day from {@code from} on. */
    public boolean anyFrom(long communeId, LocalDate from) {
        return jdbc.sql("select exists (select 1 from lc_centre where commune_id = :c and (valid_to is null or valid_to >= :from))")
                .param("c", communeId).param("from", from).query(Boolean.class).single();
    }

    public long insertCentre(long communeId, String name, LocalDate foundedOn, LocalDate validFrom) {
        return jdbc.sql("""
                insert into lc_centre (commune_id, name, founded_on, valid_from) values (:c, :name, :founded, :from)
                returning id""").param("c", communeId).param("name", name).param("founded", foundedOn)
                .param("from", validFrom).query(Long.class).single();
    }

    public void close(long id, LocalDate lastDay) {
        jdbc.sql("update lc_centre set valid_to = :to, version = version + 1 where id = :id")
                .param("to", lastDay).param("id", id).update();
    }

    public void link(long predecessorId, long successorId, LocalDate effective) {
        jdbc.sql("insert into lc_centre_lineage (predecessor_id, successor_id, effective_date) values (:p, :s, :on)")
                .param("p", predecessorId).param("s", successorId).param("on", effective).update();
    }

    public void setDirector(long id, Long personId, String name) {
        jdbc.sql("""
                update lc_centre set director_person_id = :person, director_name = :name, version = version + 1
                where id = :id""").param("person", personId).param("name", name).param("id", id).update();
    }

    public long insertActivity(long centreId, String kind, String topic, String title, LocalDate startsOn,
                               LocalDate endsOn, int participants, Long by) {
        return jdbc.sql("""
                insert into lc_activity (centre_id, kind, topic, title, starts_on, ends_on, participants, recorded_by)
                values (:centre, :kind, :topic, :title, :starts, :ends, :participants, :by) returning id""")
                .param("centre", centreId).param("kind", kind).param("topic", topic).param("title", title)
                .param("starts", startsOn).param("ends", endsOn).param("participants", participants)
                .param("by", by).query(Long.class).single();
    }

    /** A stored activity, as its removal needs it. */
    public record Activity(long id, long centreId, String kind, String topic, LocalDate startsOn, int participants) {
    }

    public Optional<Activity> activity(long id) {
        return jdbc.sql("select id, centre_id, kind, topic, starts_on, participants from lc_activity where id = :id")
                .param("id", id).query(Activity.class).optional();
    }

    public void deleteActivity(long id) {
        jdbc.sql("delete from lc_activity where id = :id").param("id", id).update();
    }

    /** The visits entered for the year, if any. */
    public Optional<Integer> visits(long centreId, int year) {
        return jdbc.sql("select visits from lc_visits where centre_id = :c and year = :y")
                .param("c", centreId).param("y", year).query(Integer.class).optional();
    }

    /** Enters the year's visits; null removes the entry, so the activities' participants count again. */
    public void setVisits(long centreId, int year, Integer visits) {
        if (visits == null) {
            jdbc.sql("delete from lc_visits where centre_id = :c and year = :y").param("c", centreId)
                    .param("y", year).update();
            return;
        }
        jdbc.sql("""
                insert into lc_visits (centre_id, year, visits) values (:c, :y, :v)
                on conflict (centre_id, year) do update set visits = excluded.visits""")
                .param("c", centreId).param("y", year).param("v", visits).update();
    }

    public Optional<StoredRating> rating(long centreId, int year) {
        return jdbc.sql("select id, rating, criteria_set_id, total from lc_rating where centre_id = :c and year = :y")
                .param("c", centreId).param("y", year).query(StoredRating.class).optional();
    }

    /** Records the year's rating, replacing an earlier one of the same year; answers its id. */
    public long saveRating(long centreId, int year, String rating, Long setId, BigDecimal total, String scores,
                           Long by) {
        return jdbc.sql("""
                insert into lc_rating (centre_id, year, rating, criteria_set_id, total, scores, recorded_by)
                values (:c, :y, :rating, :set, :total, cast(:scores as jsonb), :by)
                on conflict (centre_id, year) do update set rating = excluded.rating,
                    criteria_set_id = excluded.criteria_set_id, total = excluded.total, scores = excluded.scores,
                    recorded_by = excluded.recorded_by, recorded_at = now()
                returning id""")
                .param("c", centreId).param("y", year).param("rating", rating).param("set", setId)
                .param("total", total).param("scores", scores).param("by", by).query(Long.class).single();
    }

    /** The province a commune lies in on today's map (the root of its path). */
    public Optional<Long> provinceOf(long communeId) {
        return jdbc.sql("""
                select split_part(path, '/', 2)::bigint from geography_unit_scope where unit_id = :c
                order by path limit 1""")
                .param("c", communeId).query(Long.class).optional();
    }

    /** Predecessor communes merged into the successor on the day, per geography's lineage. */
    public List<Long> mergedInto(long successorId, LocalDate effective) {
        return jdbc.sql("""
                select predecessor_id from geography_lineage
                where successor_id = :s and effective_date = :on and kind = 'MERGE' order by predecessor_id""")
                .param("s", successorId).param("on", effective).query(Long.class).list();
    }
}

package vn.khuyenhoc.round.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.round.Registration;
import vn.khuyenhoc.round.RegistrationStatus;

/** Registrations and the subjects they are for (read through the registry's and geography's public views). */
@Repository
public class RegistrationStore {

    private static final String SELECT = """
            select g.id, g.round_id, g.subject_kind, g.subject_id, g.subject_unit_id,
                   coalesce(s.name, u.name) as subject_name, g.title, g.year, g.status, g.review_comment, g.version
            from round_registration g
            left join registry_subject s on s.kind = g.subject_kind and s.id = g.subject_id
            left join geography_unit_current u on g.subject_kind in ('village', 'commune', 'province')
                                               and u.unit_id = g.subject_id
            """;
    private final JdbcClient jdbc;

    RegistrationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit a subject lies in now: its own unit for villages, communes and provinces. */
    public Optional<Long> unitOf(String kind, long id) {
        if (kind.equals("village") || kind.equals("commune") || kind.equals("province")) {
            return jdbc.sql("select unit_id from geography_unit_current where unit_id = :id and kind = upper(:kind)")
                    .param("id", id).param("kind", kind).query(Long.class).optional();
        }
        return jdbc.sql("select unit_id from registry_subject where kind = :kind and id = :id and unit_id is not null")
                .param("kind", kind).param("id", id).query(Long.class).optional();
    }

    /** Inserts the registrations in one statement; subjects already registered for the title and year are skipped. */
    public List<Long> insert(long roundId, String kind, List<Long> subjects, List<Long> units, Title title, int year,
                             long by) {
        return jdbc.sql("""
                insert into round_registration (round_id, subject_kind, subject_id, subject_unit_id, title, year,
                                                registered_by)
                select :round, :kind, s.id, s.unit, :title, :year, :by
                from unnest(:subjects, :units) as s(id, unit)
                on conflict (subject_kind, subject_id, title, year) do nothing
                returning id""")
                .param("round", roundId).param("kind", kind).param("subjects", subjects.toArray(Long[]::new))
                .param("units", units.toArray(Long[]::new)).param("title", title.name()).param("year", year)
                .param("by", by).query(Long.class).list();
    }

    public Optional<Registration> find(long id) {
        return jdbc.sql(SELECT + "where g.id = :id").param("id", id).query(Registration.class).optional();
    }

    /**
     * The registrations of a round whose subject lies under one of the path prefixes; {@code own} narrows them to
     * one subject (a citizen's person, a unit officer's organisation).
     */
    public List<Registration> ofRound(long roundId, RegistrationStatus status, Long unitId, String[] prefixes,
                                      Long own) {
        return jdbc.sql(SELECT + """
                where g.round_id = :round and (cast(:status as text) is null or g.status = :status)
                  and (cast(:unit as bigint) is null or g.subject_unit_id = :unit)
                  and (cast(:own as bigint) is null or g.subject_id = :own)
                  and exists (select 1 from geography_unit_scope sc
                              where sc.unit_id = g.subject_unit_id and sc.path like any (:prefixes))
                order by subject_name, g.id""")
                .param("round", roundId).param("status", status == null ? null : status.name())
                .param("unit", unitId).param("own", own).param("prefixes", prefixes)
                .query(Registration.class).list();
    }

    public List<Registration> ofSubject(String kind, long id) {
        return jdbc.sql(SELECT + "where g.subject_kind = :kind and g.subject_id = :id order by g.year desc, g.id")
                .param("kind", kind).param("id", id).query(Registration.class).list();
    }

    /** Changes the status when the registration is still at the version read; false when someone was faster. */
    public boolean changeStatus(long id, int version, RegistrationStatus status, String comment, long by) {
        return jdbc.sql("""
                update round_registration set status = :status, review_comment = :comment, reviewed_by = :by,
                       reviewed_at = now(), version = version + 1
                where id = :id and version = :version""")
                .param("status", status.name()).param("comment", comment).param("by", by).param("id", id)
                .param("version", version).update() == 1;
    }

    public void markSelfAssessed(long id) {
        jdbc.sql("""
                update round_registration set status = 'SELF_ASSESSED', version = version + 1
                where id = :id and status in ('REGISTERED', 'RETURNED')""").param("id", id).update();
    }

    /** Moves the given registrations of a round from one status to another; answers how many moved. */
    public int move(long roundId, Collection<Long> ids, RegistrationStatus from, RegistrationStatus to) {
        return jdbc.sql("""
                update round_registration set status = :to, version = version + 1
                where round_id = :round and id = any (:ids) and status = :from""")
                .param("to", to.name()).param("round", roundId).param("ids", ids.toArray(Long[]::new))
                .param("from", from.name()).update();
    }

    /** How many registrations of the round in the area (or of the one subject {@code own}) are in each status. */
    public java.util.Map<RegistrationStatus, Integer> countsByStatus(long roundId, String[] prefixes, Long own) {
        var counts = new java.util.EnumMap<RegistrationStatus, Integer>(RegistrationStatus.class);
        jdbc.sql("""
                select g.status, count(*)::int from round_registration g
                where g.round_id = :round and (cast(:own as bigint) is null or g.subject_id = :own)
                  and exists (select 1 from geography_unit_scope sc
                              where sc.unit_id = g.subject_unit_id and sc.path like any (:prefixes))
                group by g.status""")
                .param("round", roundId).param("own", own).param("prefixes", prefixes)
                .query((rs, n) -> java.util.Map.entry(RegistrationStatus.valueOf(rs.getString(1)), rs.getInt(2)))
                .list().forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    public int countInRound(long roundId) {
        return jdbc.sql("select count(*) from round_registration where round_id = :r").param("r", roundId)
                .query(Integer.class).single();
    }
}

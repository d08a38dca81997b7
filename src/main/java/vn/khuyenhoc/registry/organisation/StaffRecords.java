package vn.khuyenhoc.registry.organisation;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind the staff of an organisation: periods of service of persons, closed when they leave and never
 * deleted. The persons themselves are written through {@link vn.khuyenhoc.registry.common.PersonRecords}.
 */
@Repository
public class StaffRecords {

    private final JdbcClient jdbc;

    StaffRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A period of service as stored, with the version of the person record for stale-form checks. */
    public record Staff(long id, long organisationId, long personId, String position, LocalDate joinedOn,
                        LocalDate leftOn, int personVersion) {
    }

    public Optional<Staff> find(long id) {
        return jdbc.sql("""
                select s.id, s.organisation_id, s.person_id, s.position, s.joined_on, s.left_on,
                       p.version as person_version
                from reg_staff s join reg_person p on p.id = s.person_id where s.id = :id""")
                .param("id", id).query(Staff.class).optional();
    }

    public long insert(long organisationId, long personId, String position, LocalDate joinedOn) {
        return jdbc.sql("""
                insert into reg_staff (organisation_id, person_id, position, joined_on)
                values (:org, :person, :position, :joined) returning id""")
                .param("org", organisationId).param("person", personId).param("position", position)
                .param("joined", joinedOn).query(Long.class).single();
    }

    public void update(long id, String position, LocalDate joinedOn) {
        jdbc.sql("update reg_staff set position = :position, joined_on = :joined where id = :id")
                .param("position", position).param("joined", joinedOn).param("id", id).update();
    }

    public void leave(long id, LocalDate on) {
        jdbc.sql("update reg_staff set left_on = :on where id = :id").param("on", on).param("id", id).update();
    }

    /** Whether the person is on the organisation's staff now or from a date on (an open or later period). */
    public boolean servingSince(long organisationId, long personId, LocalDate on) {
        return jdbc.sql("""
                select exists (select 1 from reg_staff where organisation_id = :org and person_id = :person
                                 and (left_on is null or left_on >= :on))""")
                .param("org", organisationId).param("person", personId).param("on", on)
                .query(Boolean.class).single();
    }

    /**
     * Whether a (living) person belongs to the commune: a member of a household of one of its villages, or on
     * the staff of one of its organisations.
     */
    public boolean personInCommune(long personId, long communeId) {
        return jdbc.sql("""
                select exists (select 1 from reg_person p where p.id = :person and p.erased_at is null and (
                    exists (select 1 from reg_member m join reg_household h on h.id = m.household_id
                            join geography_unit_current v on v.unit_id = h.village_id
                            where m.person_id = p.id and v.parent_id = :commune)
                    or exists (select 1 from reg_staff s join reg_organisation o on o.id = s.organisation_id
                               where s.person_id = p.id and o.commune_id = :commune)))""")
                .param("person", personId).param("commune", communeId).query(Boolean.class).single();
    }

    public int personVersion(long personId) {
        return jdbc.sql("select version from reg_person where id = :id").param("id", personId)
                .query(Integer.class).single();
    }
}

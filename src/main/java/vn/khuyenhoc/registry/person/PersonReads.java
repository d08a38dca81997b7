package vn.khuyenhoc.registry.person;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.khuyenhoc.registry.PersonDetail;
import vn.khuyenhoc.registry.PersonDetail.Consent;
import vn.khuyenhoc.registry.PersonDetail.Membership;
import vn.khuyenhoc.registry.PersonDetail.Position;

/**
 * Reads of one person with their households, positions and consents, and the units a person belongs to: the
 * villages of their households (current and past) and the communes of their organisations.
 */
@Repository
public class PersonReads {

    private final JdbcClient jdbc;

    PersonReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PersonDetail> detail(long id) {
        return jdbc.sql("""
                select id, full_name, birth_year, sex, phone, occupation, target_group, school_level, erased_at,
                       version, null as memberships, null as positions, null as consents
                from reg_person where id = :id""")
                .param("id", id).query(PersonDetail.class).optional()
                .map(person -> person.with(memberships(id), positions(id), consents(id)));
    }

    /** The person's units, villages first (those of current households before past ones), then communes. */
    public List<Long> unitsOf(long id) {
        return jdbc.sql("""
                select unit_id from (
                    select h.village_id as unit_id, 0 as rank, bool_or(m.left_on is null) as current
                    from reg_member m join reg_household h on h.id = m.household_id
                    where m.person_id = :id group by h.village_id
                    union all
                    select o.commune_id, 1, bool_or(s.left_on is null)
                    from reg_staff s join reg_organisation o on o.id = s.organisation_id
                    where s.person_id = :id group by o.commune_id) units
                order by rank, current desc, unit_id""")
                .param("id", id).query(Long.class).list();
    }

    /** Whether the person is or was on the staff of the organisation. */
    public boolean staffOf(long personId, long organisationId) {
        return jdbc.sql("select exists (select 1 from reg_staff where person_id = :p and organisation_id = :o)")
                .param("p", personId).param("o", organisationId).query(Boolean.class).single();
    }

    /** The version of a person's record, locked until the end of the transaction. */
    public Optional<Integer> lockVersion(long id) {
        return jdbc.sql("select version from reg_person where id = :id and erased_at is null for update")
                .param("id", id).query(Integer.class).optional();
    }

    private List<Membership> memberships(long id) {
        return jdbc.sql("""
                select h.id as household_id, h.code as household_code, h.village_id, v.name as village_name,
                       m.relation, m.joined_on, m.left_on
                from reg_member m join reg_household h on h.id = m.household_id
                left join geography_unit_current v on v.unit_id = h.village_id
                where m.person_id = :id order by m.left_on is not null, m.joined_on desc, h.id""")
                .param("id", id).query(Membership.class).list();
    }

    private List<Position> positions(long id) {
        return jdbc.sql("""
                select o.id as organisation_id, o.code as organisation_code, o.name as organisation_name,
                       o.commune_id, c.name as commune_name, s.position, s.joined_on, s.left_on
                from reg_staff s join reg_organisation o on o.id = s.organisation_id
                left join geography_unit_current c on c.unit_id = o.commune_id
                where s.person_id = :id order by s.left_on is not null, s.joined_on desc, o.id""")
                .param("id", id).query(Position.class).list();
    }

    private List<Consent> consents(long id) {
        return jdbc.sql("""
                select c.household_id, h.code as household_code, c.given_on, c.text_version, c.recorded_by,
                       c.recorded_at, c.withdrawn_on
                from reg_consent c join reg_household h on h.id = c.household_id
                where c.household_id in (select household_id from reg_member where person_id = :id)
                order by c.given_on desc, c.id""")
                .param("id", id).query(Consent.class).list();
    }
}

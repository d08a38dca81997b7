package vn.khuyenhoc.registry.organisation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.registry.Sex;
import vn.khuyenhoc.registry.TargetGroup;

/** Reads of the staff of an organisation, and the search for persons of a commune who may join it. */
@Component
class StaffQueries {

    private final JdbcClient jdbc;

    StaffQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A period of service with the person's data; {@code current} when it includes today. */
    record StaffRow(long id, long personId, String fullName, Integer birthYear, Sex sex, String phone,
                    String occupation, TargetGroup targetGroup, String position, LocalDate joinedOn,
                    LocalDate leftOn, int personVersion, boolean current) {
    }

    /** A person of the commune, with where the registry knows them from (a household or an organisation). */

    /** Staff now serving first, then those who left, each in Vietnamese order of the given name. */
    List<StaffRow> of(long organisationId) {
        return jdbc.sql("""
                select s.id, p.id as person_id, coalesce(p.full_name, '') as full_name, p.birth_year, p.sex,
                       p.phone, p.occupation, p.target_group, s.position, s.joined_on, s.left_on,
                       p.version as person_version, (s.left_on is null or s.left_on >= current_date) as current
                from reg_staff s join reg_person p on p.id = s.person_id
                where s.organisation_id = :org
                order by (s.left_on is null or s.left_on >= current_date) desc, p.sort_key, s.joined_on""")
                .param("org", organisationId).query(StaffRow.class).list();
    }
}

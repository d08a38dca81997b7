package vn.khuyenhoc.registry.organisation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.registry.Sex;
import vn.khuyenhoc.registry.TargetGroup;
import vn.khuyenhoc.shared.Text;

/** Reads of the staff of an organisation, and the search for persons of a commune who may join it. */
@Component
class StaffQueries {

    static final int SEARCH_LIMIT = 20;
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
    record PersonOption(long id, String fullName, Integer birthYear, String knownAs) {
    }

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

    /** Persons of the commune (household members, staff of its organisations) whose name matches. */
    List<PersonOption> personsOfCommune(long communeId, String query) {
        String folded = Text.fold(query);
        if (folded.length() < 2) {
            return List.of();
        }
        return jdbc.sql("""
                with known as (
                    select m.person_id, h.code || ' · ' || v.name as known_as
                    from reg_member m join reg_household h on h.id = m.household_id
                    join geography_unit_current v on v.unit_id = h.village_id
                    where v.parent_id = :commune and m.left_on is null
                    union all
                    select s.person_id, o.name from reg_staff s join reg_organisation o on o.id = s.organisation_id
                    where o.commune_id = :commune and s.left_on is null)
                select p.id, p.full_name, p.birth_year, min(k.known_as) as known_as
                from reg_person p join known k on k.person_id = p.id
                where p.erased_at is null and p.name_folded like :pattern escape '\\'
                group by p.id, p.full_name, p.birth_year, p.sort_key
                order by p.sort_key, p.id limit :limit""")
                .param("commune", communeId).param("pattern", "%" + Text.escapeLike(folded) + "%")
                .param("limit", SEARCH_LIMIT).query(PersonOption.class).list();
    }
}

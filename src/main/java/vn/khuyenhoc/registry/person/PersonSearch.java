package vn.khuyenhoc.registry.person;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.khuyenhoc.registry.PersonMatch;
import vn.khuyenhoc.shared.Text;

/** Living persons of a commune (current household members and staff) by name, with or without diacritics. */
@Repository
public class PersonSearch {

    static final int LIMIT = 20;
    private final JdbcClient jdbc;

    PersonSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PersonMatch> inCommune(long communeId, String query) {
        String folded = Text.fold(query == null ? "" : query);
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
                .param("limit", LIMIT).query(PersonMatch.class).list();
    }
}

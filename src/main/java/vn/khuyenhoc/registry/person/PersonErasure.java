package vn.khuyenhoc.registry.person;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.khuyenhoc.shared.Text;

/**
 * Erasing a person on request: what identifies them is cleared, while the id, the year of birth, the target
 * group and the dated memberships and positions stay, so counts already published do not change and audit
 * entries keep pointing at "person #id". A household they head loses its head's name.
 */
@Repository
public class PersonErasure {

    private final JdbcClient jdbc;

    PersonErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Erases a living person; the households whose head they were, or empty when there was no one to erase. */
    public Optional<List<Long>> erase(long id) {
        // Households whose head's name is this person's, read before the name goes: a past head's name may
        // still stand on a closed household, while a household with a new head keeps that head's name.
        List<Long> households = jdbc.sql("""
                select distinct h.id from reg_member m
                join reg_household h on h.id = m.household_id
                join reg_person p on p.id = m.person_id
                where m.person_id = :id and m.relation = 'HEAD' and p.erased_at is null and h.head_name = p.full_name
                order by h.id""")
                .param("id", id).query(Long.class).list();
        int erased = jdbc.sql("""
                update reg_person set full_name = null, phone = null, occupation = null, school_level = null,
                       sex = null, name_folded = '', sort_key = :last, erased_at = now(),
                       version = version + 1
                where id = :id and erased_at is null""")
                .param("last", Text.lastSortKey()).param("id", id).update();
        if (erased == 0) {
            return Optional.empty();
        }
        households.forEach(this::clearHeadName);
        return Optional.of(households);
    }

    /** The head's name goes, so does it from the household's search text; the code stays searchable. */
    private void clearHeadName(long householdId) {
        String code = jdbc.sql("select code from reg_household where id = :id").param("id", householdId)
                .query(String.class).single();
        jdbc.sql("""
                update reg_household set head_name = '', search_folded = :folded, sort_key = :last,
                       version = version + 1
                where id = :id""")
                .param("folded", Text.fold(code)).param("last", Text.lastSortKey()).param("id", householdId).update();
    }
}

package vn.khuyenhoc.commendation.pages;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.commendation.RecipientKind;
import vn.khuyenhoc.shared.Text;

/** The choices of the forms: the units a user records for, and recipients of a kind found by name in the user's area. */
@Component
class ChoiceQueries {

    private static final int SHOWN = 20;
    private final JdbcClient jdbc;

    ChoiceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Unit(long id, String name, String typeName) {
    }

    record Recipient(long id, String name, String areaName) {
    }

    /** The user's own unit and the units directly under it (an administrator: the provinces). */
    List<Unit> areaUnits(Long ownUnit) {
        return jdbc.sql("""
                select unit_id as id, name, type_name from geography_unit_current
                where not closed and (unit_id = :own or parent_id = :own or (cast(:own as bigint) is null and kind = 'PROVINCE'))
                order by unit_id <> coalesce(:own, 0), name""")
                .param("own", ownUnit).query(Unit.class).list();
    }

    /** The units above a unit on today's map, nearest first: where its proposals may go. */
    List<Unit> above(long unitId) {
        return jdbc.sql("""
                with recursive up(id, depth) as (
                    select parent_id, 1 from geography_unit_current where unit_id = :u and parent_id is not null
                    union all
                    select g.parent_id, up.depth + 1 from up join geography_unit_current g on g.unit_id = up.id
                    where g.parent_id is not null and up.depth < 5)
                select g.unit_id as id, g.name, g.type_name from up join geography_unit_current g on g.unit_id = up.id
                where not g.closed order by up.depth""").param("u", unitId).query(Unit.class).list();
    }

    Optional<Unit> unit(long id) {
        return jdbc.sql("select unit_id as id, name, type_name from geography_unit_current where unit_id = :id")
                .param("id", id).query(Unit.class).optional();
    }

    /** Recipients of a kind in the scope whose name contains the text, accents ignored; the first twenty. */
    List<Recipient> recipients(RecipientKind kind, String text, String[] scope) {
        String folded = Text.fold(text);
        if (folded.length() < 2) {
            return List.of();
        }
        if (kind == RecipientKind.PERSON) {
            return persons(folded, scope);
        }
        return jdbc.sql("""
                select r.id, r.name, a.name as area_name from commendation_recipient r
                join geography_unit_current a on a.unit_id = r.unit_id
                where r.kind = :kind and r.name is not null
                  and exists (select 1 from geography_unit_scope s where s.unit_id = r.unit_id and s.path like any (:scope))
                limit 5000""")
                .param("kind", kind.name()).param("scope", scope).query(Recipient.class).stream()
                .filter(r -> Text.fold(r.name()).contains(folded)).limit(SHOWN).toList();
    }

    private List<Recipient> persons(String folded, String[] scope) {
        return jdbc.sql("""
                select distinct on (p.person_id) p.person_id as id, p.full_name as name, a.name as area_name
                from registry_person_name p
                join registry_household_member m on m.person_id = p.person_id and m.left_on is null
                join geography_unit_current a on a.unit_id = m.village_id
                where p.name_folded like '%' || :q || '%' escape '\\' and not p.erased
                  and exists (select 1 from geography_unit_scope s where s.unit_id = m.village_id
                              and s.path like any (:scope))
                order by p.person_id limit 20""")
                .param("q", Text.escapeLike(folded)).param("scope", scope).query(Recipient.class).list();
    }
}

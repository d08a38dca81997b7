package vn.khuyenhoc.registry.imports;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a staged citizens import, set-based: new persons join their organisation's staff or their household (as
 * "other", after its current members); matched persons get the file's name, sex, target group and position.
 */
@Component
class CitizenCommit {

    private final JdbcClient jdbc;

    CitizenCommit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    HouseholdCommit.Affected commit(long importId) {
        run("""
                insert into reg_person (id, full_name, name_folded, sort_key, birth_year, sex, target_group)
                select person_id, full_name, name_folded, sort_key, birth_year, sex, target_group
                from reg_import_citizen where import_id = :id and is_new""", importId);
        run("""
                update reg_person p set full_name = s.full_name, name_folded = s.name_folded, sort_key = s.sort_key,
                       sex = s.sex, target_group = s.target_group, version = p.version + 1
                from reg_import_citizen s
                where s.import_id = :id and s.changed and p.id = s.person_id and p.erased_at is null""", importId);
        run("""
                insert into reg_staff (organisation_id, person_id, position, joined_on)
                select organisation_id, person_id, position, current_date from reg_import_citizen
                where import_id = :id and is_new and organisation_id is not null""", importId);
        run("""
                update reg_staff t set position = s.position
                from reg_import_citizen s
                where s.import_id = :id and s.changed and t.organisation_id = s.organisation_id
                  and t.person_id = s.person_id and t.left_on is null""", importId);
        run("""
                insert into reg_member (household_id, person_id, relation, position, joined_on)
                select s.household_id, s.person_id, 'OTHER',
                       coalesce((select max(m.position) from reg_member m where m.household_id = s.household_id), -1)
                       + row_number() over (partition by s.household_id order by s.person_id), current_date
                from reg_import_citizen s where s.import_id = :id and s.is_new and s.household_id is not null""",
                importId);
        return new HouseholdCommit.Affected(jdbc.sql("""
                select person_id from reg_import_citizen where import_id = :id and (is_new or changed)
                order by person_id""").param("id", importId).query(Long.class).list(), List.of());
    }

    int staged(long importId) {
        return jdbc.sql("select count(*) from reg_import_citizen where import_id = :id").param("id", importId)
                .query(Integer.class).single();
    }

    private void run(String sql, long importId) {
        jdbc.sql(sql).param("id", importId).update();
    }
}

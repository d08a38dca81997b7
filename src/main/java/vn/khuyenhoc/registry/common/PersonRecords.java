package vn.khuyenhoc.registry.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.khuyenhoc.shared.Text;

/**
 * The table of persons, for every part of the registry that adds or changes one (household members, staff,
 * imports): the folded name and the sort key are always written with the name, so no list can miss them.
 * Callers check the data ({@link PersonData#problems()}), the guard and publish the audited event.
 */
@Repository
public class PersonRecords {

    private final JdbcClient jdbc;

    PersonRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(PersonData person) {
        var data = person.normalised();
        return jdbc.sql("""
                insert into reg_person (full_name, name_folded, sort_key, birth_year, sex, phone, occupation,
                                        target_group, school_level)
                values (:name, :folded, :sort, :year, :sex, :phone, :occupation, :target, :school)
                returning id""")
                .params(parameters(data)).query(Long.class).single();
    }

    /** Updates a person unless they were erased; false when there is no such (living) record. */
    public boolean update(long id, PersonData person) {
        var data = person.normalised();
        return jdbc.sql("""
                update reg_person set full_name = :name, name_folded = :folded, sort_key = :sort,
                       birth_year = :year, sex = :sex, phone = :phone, occupation = :occupation,
                       target_group = :target, school_level = :school, version = version + 1
                where id = :id and erased_at is null""")
                .params(parameters(data)).param("id", id).update() == 1;
    }

    public Optional<PersonData> find(long id) {
        return jdbc.sql("""
                select full_name, birth_year, sex, phone, occupation, target_group, school_level
                from reg_person where id = :id and erased_at is null""")
                .param("id", id).query(PersonData.class).optional();
    }

    private static Map<String, Object> parameters(PersonData data) {
        var values = new HashMap<String, Object>();
        values.put("name", data.fullName());
        values.put("folded", Text.fold(data.fullName()));
        values.put("sort", Names.personSortKey(data.fullName()));
        values.put("year", data.birthYear());
        values.put("sex", data.sex() == null ? null : data.sex().name());
        values.put("phone", data.phone());
        values.put("occupation", data.occupation());
        values.put("target", data.targetGroup() == null ? null : data.targetGroup().name());
        values.put("school", data.schoolLevel() == null ? null : data.schoolLevel().name());
        return values;
    }
}

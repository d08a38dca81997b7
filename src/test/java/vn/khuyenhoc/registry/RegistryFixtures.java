package vn.khuyenhoc.registry;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.registry.common.Names;
import vn.khuyenhoc.shared.Text;

/**
 * Households and members written straight into the tables, for tests of clans and organisations that need
 * them before the households feature's own API is merged.
 */
public final class RegistryFixtures {

    private final JdbcClient jdbc;

    public RegistryFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long unit(String code) {
        return jdbc.sql("select unit_id from geography_unit_current where code = :code and not closed")
                .param("code", code).query(Long.class).single();
    }

    /** A household of the village (by code) with its head, who has the given name and birth year. */
    public long household(String villageCode, String code, String headName, int headBirthYear) {
        long village = unit(villageCode);
        long household = jdbc.sql("""
                insert into reg_household (village_id, code, head_name, since, search_folded, sort_key)
                values (:village, :code, :head, date '2015-01-01', :folded, :sort) returning id""")
                .param("village", village).param("code", code).param("head", headName)
                .param("folded", Text.fold(code + " " + headName)).param("sort", Names.personSortKey(headName))
                .query(Long.class).single();
        jdbc.sql("insert into reg_household_residence (household_id, village_id, valid_from) values (:h, :v, date '2015-01-01')")
                .param("h", household).param("v", village).update();
        long person = person(headName, headBirthYear);
        jdbc.sql("""
                insert into reg_member (household_id, person_id, relation, joined_on)
                values (:h, :p, 'HEAD', date '2015-01-01')""").param("h", household).param("p", person).update();
        return household;
    }

    public long person(String fullName, int birthYear) {
        return jdbc.sql("""
                insert into reg_person (full_name, name_folded, sort_key, birth_year)
                values (:name, :folded, :sort, :year) returning id""")
                .param("name", fullName).param("folded", Text.fold(fullName)).param("sort", Names.personSortKey(fullName))
                .param("year", birthYear).query(Long.class).single();
    }

    /** The head of a household (its member whose relation is HEAD). */
    public long headOf(long household) {
        return jdbc.sql("select person_id from reg_member where household_id = :h and relation = 'HEAD'")
                .param("h", household).query(Long.class).single();
    }

    public static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}

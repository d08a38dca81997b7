package vn.khuyenhoc.registry.household;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.registry.HouseholdForm;
import vn.khuyenhoc.registry.Households;
import vn.khuyenhoc.registry.Sex;
import vn.khuyenhoc.registry.common.PersonData;

/** Households for tests, made through the API by whoever is signed in, and the demo villages by code. */
record HouseholdFixtures(Households households, JdbcClient jdbc) {

    long village(String code) {
        return jdbc.sql("select unit_id from geography_unit_current where code = :code and not closed")
                .param("code", code).query(Long.class).single();
    }

    long create(String villageCode, String code, String head, String address, LocalDate since) {
        return households.create(village(villageCode), new HouseholdForm(code, address, "0912 345 678", null, since,
                null), person(head, 1980));
    }

    static PersonData person(String name, int birthYear) {
        return new PersonData(name, birthYear, Sex.MALE, null, "Nông dân", null, null);
    }

    int version(long id) {
        return jdbc.sql("select version from reg_household where id = :id").param("id", id).query(Integer.class).single();
    }

    /** Households counted in the village in the year by the statistics view. */
    long counted(int year, String villageCode) {
        return jdbc.sql("""
                select coalesce(sum(households), 0) from registry_household_count_by_year
                where year = :year and village_id = :village""")
                .param("year", year).param("village", village(villageCode)).query(Long.class).single();
    }

    /** Removes what a test committed (its audit entries stay: the log is append-only). */
    void delete(long id) {
        jdbc.sql("delete from reg_consent where household_id = :id").param("id", id).update();
        var persons = jdbc.sql("select person_id from reg_member where household_id = :id").param("id", id)
                .query(Long.class).list();
        jdbc.sql("delete from reg_member where household_id = :id").param("id", id).update();
        persons.forEach(p -> jdbc.sql("delete from reg_person where id = :p").param("p", p).update());
        jdbc.sql("delete from reg_household_residence where household_id = :id").param("id", id).update();
        jdbc.sql("delete from reg_household where id = :id").param("id", id).update();
    }
}

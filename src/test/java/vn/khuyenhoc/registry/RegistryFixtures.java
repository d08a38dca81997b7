package vn.khuyenhoc.registry;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khuyenhoc.registry.common.Names;
import vn.khuyenhoc.shared.Text;

/**
 * Registry records for tests, written straight into the tables with SQL so that a test depends on no feature
 * class of the registry: households (with their residence), clans, organisations, persons, members and staff.
 * Units are given by code, as {@code geography_unit_current} shows them.
 */
public final class RegistryFixtures {

    public static final LocalDate SINCE = LocalDate.of(2020, 1, 1);
    private final JdbcClient jdbc;

    public RegistryFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long unit(String code) {
        return jdbc.sql("select unit_id from geography_unit_current where code = :code order by closed, unit_id limit 1")
                .param("code", code).query(Long.class).single();
    }

    public long household(String villageCode, String code, Long clanId) {
        long village = unit(villageCode);
        long id = jdbc.sql("""
                insert into reg_household (village_id, code, head_name, clan_id, since, search_folded)
                values (:village, :code, '', :clan, :since, :folded) returning id""")
                .param("village", village).param("code", code).param("clan", clanId).param("since", SINCE)
                .param("folded", Text.fold(code)).query(Long.class).single();
        jdbc.sql("insert into reg_household_residence (household_id, village_id, valid_from) values (:h, :v, :since)")
                .param("h", id).param("v", village).param("since", SINCE).update();
        return id;
    }

    public long clan(String communeCode, String code, String name) {
        return jdbc.sql("""
                insert into reg_clan (commune_id, code, name, name_folded, sort_key, since)
                values (:commune, :code, :name, :folded, :sort, :since) returning id""")
                .param("commune", unit(communeCode)).param("code", code).param("name", name)
                .param("folded", Text.fold(name)).param("sort", Names.sortKey(name)).param("since", SINCE)
                .query(Long.class).single();
    }

    public long organisation(String communeCode, String code, String name) {
        return jdbc.sql("""
                insert into reg_organisation (commune_id, code, name, name_folded, sort_key, kind, managing_level, since)
                values (:commune, :code, :name, :folded, :sort, 'PRIMARY_SCHOOL', 'COMMUNE', :since) returning id""")
                .param("commune", unit(communeCode)).param("code", code).param("name", name)
                .param("folded", Text.fold(name)).param("sort", Names.sortKey(name)).param("since", SINCE)
                .query(Long.class).single();
    }

    public long person(String fullName, Integer birthYear, TargetGroup targetGroup) {
        return jdbc.sql("""
                insert into reg_person (full_name, name_folded, sort_key, birth_year, sex, phone, occupation, target_group)
                values (:name, :folded, :sort, :year, 'FEMALE', '0912345678', 'Giáo viên', :target) returning id""")
                .param("name", fullName).param("folded", Text.fold(fullName)).param("sort", Names.personSortKey(fullName))
                .param("year", birthYear).param("target", targetGroup == null ? null : targetGroup.name())
                .query(Long.class).single();
    }

    /** Adds the person to the household; the head's name is written on the household as its owner would. */
    public void member(long householdId, long personId, Relation relation) {
        jdbc.sql("""
                insert into reg_member (household_id, person_id, relation, joined_on) values (:h, :p, :r, :since)""")
                .param("h", householdId).param("p", personId).param("r", relation.name()).param("since", SINCE).update();
        if (relation == Relation.HEAD) {
            jdbc.sql("""
                    update reg_household set head_name = p.full_name, search_folded = reg_household.code || ' ' || p.name_folded
                    from reg_person p where p.id = :p and reg_household.id = :h""")
                    .param("p", personId).param("h", householdId).update();
        }
    }

    public void staff(long organisationId, long personId, String position) {
        jdbc.sql("""
                insert into reg_staff (organisation_id, person_id, position, joined_on) values (:o, :p, :pos, :since)""")
                .param("o", organisationId).param("p", personId).param("pos", position).param("since", SINCE).update();
    }

    public void consent(long householdId, long recordedBy) {
        jdbc.sql("""
                insert into reg_consent (household_id, given_on, text_version, recorded_by)
                values (:h, :since, 'v1', :by)""")
                .param("h", householdId).param("since", SINCE).param("by", recordedBy).update();
    }

    /** Gives an account its organisation (unit officers) or its person (citizens); sign in again afterwards. */
    public void link(String username, Long organisationId, Long personId) {
        jdbc.sql("update app_user set organisation_id = :o, person_id = :p where username = :u")
                .param("o", organisationId).param("p", personId).param("u", username).update();
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

package vn.khuyenhoc.registry.imports;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the database already holds for the codes of a file, each fetched in one query: villages and communes by
 * code, clans of the communes, households of the villages and the current members of those households.
 */
@Repository
class ImportLookups {

    record Unit(long id, String code, Long parentId) {
    }

    record Household(long id, long villageId, String code, String headName, String address, String phone,
                     Long clanId, int version) {
    }

    record Member(long householdId, long personId, String fullName, String nameFolded, Integer birthYear, String sex,
                  String occupation, String targetGroup, String schoolLevel, String relation, int position) {
    }

    record Coded(long id, long communeId, String code, int version) {
    }

    private final JdbcClient jdbc;

    ImportLookups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Units of a kind on today's map, by code. */
    Map<String, Unit> units(String kind, Collection<String> codes) {
        var units = new HashMap<String, Unit>();
        jdbc.sql("""
                select unit_id as id, code, parent_id from geography_unit_current
                where kind = :kind and not closed and code = any(:codes)""")
                .param("kind", kind).param("codes", codes.toArray(String[]::new))
                .query(Unit.class).list().forEach(unit -> units.put(unit.code(), unit));
        return units;
    }

    List<Coded> clans(Collection<Long> communes) {
        return jdbc.sql("select id, commune_id, code, version from reg_clan where commune_id = any(:communes)")
                .param("communes", communes.toArray(Long[]::new)).query(Coded.class).list();
    }

    List<Coded> organisations(Collection<Long> communes) {
        return jdbc.sql("select id, commune_id, code, version from reg_organisation where commune_id = any(:communes)")
                .param("communes", communes.toArray(Long[]::new)).query(Coded.class).list();
    }

    Map<String, Household> households(Collection<Long> villages) {
        var households = new HashMap<String, Household>();
        jdbc.sql("""
                select id, village_id, code, head_name, address, phone, clan_id, version from reg_household
                where village_id = any(:villages)""")
                .param("villages", villages.toArray(Long[]::new)).query(Household.class).list()
                .forEach(h -> households.put(h.villageId() + "\u0000" + h.code(), h));
        return households;
    }

    /** Current members (not left, not erased) of the households, by household id. */
    Map<Long, List<Member>> members(Collection<Long> households) {
        var members = new HashMap<Long, List<Member>>();
        if (households.isEmpty()) {
            return members;
        }
        jdbc.sql("""
                select m.household_id, m.person_id, p.full_name, p.name_folded, p.birth_year, p.sex, p.occupation,
                       p.target_group, p.school_level, m.relation, m.position
                from reg_member m join reg_person p on p.id = m.person_id
                where m.household_id = any(:households) and m.left_on is null and p.erased_at is null""")
                .param("households", households.toArray(Long[]::new)).query(Member.class).list()
                .forEach(m -> members.computeIfAbsent(m.householdId(), id -> new java.util.ArrayList<>()).add(m));
        return members;
    }

    /** A current member of staff of an organisation, with the person fields a citizens file sets. */
    record Staff(long organisationId, long personId, String fullName, String nameFolded, Integer birthYear,
                 String sex, String targetGroup, String position) {
    }

    /** Current staff (not left, not erased) of the organisations. */
    List<Staff> staff(Collection<Long> organisations) {
        return jdbc.sql("""
                select s.organisation_id, s.person_id, p.full_name, p.name_folded, p.birth_year, p.sex,
                       p.target_group, s.position
                from reg_staff s join reg_person p on p.id = s.person_id
                where s.organisation_id = any(:organisations) and s.left_on is null and p.erased_at is null""")
                .param("organisations", organisations.toArray(Long[]::new)).query(Staff.class).list();
    }

    /** Reserves {@code count} new ids of a sequence (gaps are harmless; nobody else will ever get them). */
    long[] reserveIds(String sequence, int count) {
        if (count == 0) {
            return new long[0];
        }
        // Usually the values come out contiguous and one row of two numbers comes back; the list only when not.
        return jdbc.sql("""
                select min(id) as first, max(id) as last,
                       case when max(id) - min(id) + 1 <> count(*) then array_agg(id order by id) end as ids
                from (select nextval(cast(:sequence as regclass)) as id from generate_series(1, :count)) reserved""")
                .param("sequence", sequence).param("count", count).query((rs, n) -> {
                    var list = rs.getArray("ids");
                    if (list == null) {
                        return LongStream.rangeClosed(rs.getLong("first"), rs.getLong("last")).toArray();
                    }
                    return Arrays.stream((Long[]) list.getArray()).mapToLong(Long::longValue).toArray();
                }).single();
    }
}

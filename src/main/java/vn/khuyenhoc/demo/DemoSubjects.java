package vn.khuyenhoc.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.criteria.CriteriaSet;
import vn.khuyenhoc.criteria.CriteriaSets;
import vn.khuyenhoc.criteria.SetSummary;
import vn.khuyenhoc.criteria.Title;

/**
 * The subjects of the demo's past rounds, read from the registry's and geography's published views as they were
 * on 31 December of the year (a household in the village it lived in then), and the set in force.
 */
@Component
class DemoSubjects {

    /** A subject and the unit it lay in that year. */
    record Subject(long id, long unitId) {
    }

    private final JdbcClient jdbc;
    private final CriteriaSets criteria;

    DemoSubjects(JdbcClient jdbc, CriteriaSets criteria) {
        this.jdbc = jdbc;
        this.criteria = criteria;
    }

    /** Households living in the commune's villages at the end of the year, by id. */
    List<Subject> households(long communeId, int year) {
        return jdbc.sql("""
                select r.household_id, r.village_id from registry_household_residence r
                join geography_unit_version v on v.unit_id = r.village_id
                 and (v.valid_from is null or v.valid_from <= :day) and (v.valid_to is null or v.valid_to >= :day)
                where v.parent_id = :commune
                  and r.valid_from <= :day and (r.valid_to is null or r.valid_to >= :day)
                order by r.household_id""")
                .param("commune", communeId).param("day", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new Subject(rs.getLong(1), rs.getLong(2))).list();
    }

    /** The commune's villages on today's map, by code; a village is its own unit. */
    List<Subject> villages(long communeId) {
        return jdbc.sql("""
                select unit_id from geography_unit_current
                where parent_id = :commune and kind = 'VILLAGE' and not closed order by code""")
                .param("commune", communeId).query(Long.class).list().stream().map(id -> new Subject(id, id)).toList();
    }

    /**
     * The commune's organisations managed at commune level (the subjects of Đơn vị học tập cấp xã) that existed
     * at the end of the year, by id; their unit is the commune.
     */
    List<Subject> organisations(long communeId, int year) {
        return jdbc.sql("""
                select organisation_id from registry_organisation_name
                where commune_id = :commune and since <= :day and (closed_on is null or closed_on >= :day)
                  and managing_level = 'COMMUNE'
                order by organisation_id""")
                .param("commune", communeId).param("day", LocalDate.of(year, 12, 31)).query(Long.class).list()
                .stream().map(id -> new Subject(id, communeId)).toList();
    }

    /** The national set in force for the title and year; one bound to years before an open-ended one. */
    CriteriaSet set(Title title, int year) {
        return criteria.inForce(title, year, null, null).stream().filter(set -> set.ownerUnitId() == null)
                .min(Comparator.comparing((SetSummary set) -> set.yearFrom() == null))
                .map(set -> criteria.require(set.id()))
                .orElseThrow(() -> new IllegalStateException("No set in force for " + title + " " + year));
    }

    /** The commune's villages on today's map by code. */
    java.util.Map<String, Long> villagesByCode(long communeId) {
        var villages = new java.util.LinkedHashMap<String, Long>();
        jdbc.sql("""
                select code, unit_id from geography_unit_current
                where parent_id = :commune and kind = 'VILLAGE' and not closed order by code""")
                .param("commune", communeId)
                .query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(village -> villages.put(village.getKey(), village.getValue()));
        return villages;
    }

    /** The staff of the commune's organisations named by code, each in the place (a unit id) given for theirs. */
    List<Subject> staff(long communeId, java.util.Map<String, Long> villageByUnitCode) {
        return jdbc.sql("""
                select s.person_id, o.code from registry_staff s
                join registry_organisation_name o on o.organisation_id = s.organisation_id
                where o.commune_id = :commune and o.code = any (:codes) and s.left_on is null
                order by o.code, s.person_id""")
                .param("commune", communeId).param("codes", villageByUnitCode.keySet().toArray(String[]::new))
                .query((rs, n) -> new Subject(rs.getLong(1), villageByUnitCode.get(rs.getString(2)))).list();
    }

    /** Adults (18 or more in the year) living in the villages at the end of the year, by person id. */
    List<Subject> adults(List<Long> villages, int year) {
        return jdbc.sql("""
                select m.person_id, m.village_id from registry_household_member m
                where m.village_id = any (:villages) and m.birth_year <= :born
                  and m.joined_on <= :day and (m.left_on is null or m.left_on >= :day)
                order by m.person_id""")
                .param("villages", villages.toArray(Long[]::new)).param("born", year - 18)
                .param("day", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new Subject(rs.getLong(1), rs.getLong(2))).list();
    }
}

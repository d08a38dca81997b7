package vn.khuyenhoc.commendation.store;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recipients for the demo: the first few of a kind in a unit's subtree, by id, so every machine picks the same. */
@Repository
public class DemoRecipients {

    private final JdbcClient jdbc;

    DemoRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Long> first(String kind, long unitId, int count) {
        String sql = kind.equals("PERSON") ? """
                select distinct m.person_id from registry_household_member m
                join registry_person_name p on p.person_id = m.person_id and not p.erased
                join geography_unit_scope s on s.unit_id = m.village_id
                where m.left_on is null and m.birth_year between 1960 and 1990
                  and s.path like (select min(path) from geography_unit_scope where unit_id = :unit) || '%'
                order by m.person_id limit :count""" : """
                select r.id from commendation_recipient r join geography_unit_scope s on s.unit_id = r.unit_id
                where r.kind = :kind and r.name is not null
                  and s.path like (select min(path) from geography_unit_scope where unit_id = :unit) || '%'
                order by r.id limit :count""";
        return jdbc.sql(sql).param("kind", kind).param("unit", unitId).param("count", count).query(Long.class).list();
    }

    public boolean anyIn(long unitId) {
        return jdbc.sql("""
                select exists (select 1 from commendation c join geography_unit_scope s on s.unit_id = c.area_unit_id
                               where s.path like (select min(path) from geography_unit_scope where unit_id = :unit) || '%')""")
                .param("unit", unitId).query(Boolean.class).single();
    }

    public List<Long> villages(long communeId) {
        return jdbc.sql("""
                select unit_id from geography_unit_current where parent_id = :c and kind = 'VILLAGE' and not closed
                order by code""").param("c", communeId).query(Long.class).list();
    }
}

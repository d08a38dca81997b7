package vn.khuyenhoc.statistics.web;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A generated province for the statistics benchmark, written with generate_series straight into the tables:
 * communes of 10 villages of 300 households, a household round per commune and year in which 80% register and
 * 70% are recognised (one decision per round), deterministic.
 */
final class StatisticsGenerator {

    private final JdbcClient jdbc;

    StatisticsGenerator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long province(String code) {
        long id = jdbc.sql("insert into geo_unit default values returning id").query(Long.class).single();
        jdbc.sql("""
                insert into geo_unit_version (unit_id, code, name, kind, type_name, parent_id, valid_from, name_folded)
                values (:id, :code, 'Tỉnh Bench ' || :code, 'PROVINCE', 'Tỉnh', null, date '2000-01-01', 'tinh bench')""")
                .param("id", id).param("code", code).update();
        return id;
    }

    List<Long> units(String kind, List<Long> parents, int count) {
        return jdbc.sql("""
                with ids as (insert into geo_unit (created_at) select now() from generate_series(1, :n) returning id),
                numbered as (select id, row_number() over (order by id) as rn from ids)
                insert into geo_unit_version (unit_id, code, name, kind, type_name, parent_id, valid_from, name_folded)
                select id, 'B' || id, 'Bench ' || id, :kind, :kind, (cast(:parents as bigint[]))[1 + (rn % :p)::int],
                       date '2000-01-01', 'bench ' || id
                from numbered returning unit_id""")
                .param("n", count).param("kind", kind).param("parents", parents.toArray(Long[]::new))
                .param("p", parents.size()).query(Long.class).list();
    }

    /**
     * The households of a village are written together, as a village's list is entered or imported together
     * (and its registrations ticked together): the rows of one village lie on neighbouring pages.
     */
    void households(List<Long> villages, int count) {
        jdbc.sql("""
                insert into reg_household (village_id, code, head_name, since, search_folded)
                select (cast(:villages as bigint[]))[1 + ((n - 1)::bigint * :v / :n)::int], 'BH-' || n, '', date '2010-01-01', ''
                from generate_series(1, :n) n""")
                .param("villages", villages.toArray(Long[]::new)).param("v", villages.size()).param("n", count)
                .update();
        jdbc.sql("""
                insert into reg_household_residence (household_id, village_id, valid_from)
                select id, village_id, since from reg_household where code like 'BH-%'""").update();
    }

    void rounds(List<Long> communes, int fromYear, int toYear) {
        jdbc.sql("""
                insert into round (year, title, area_unit_id, name, criteria_set_id, historical)
                select y, 'GIA_DINH', c, 'bench', 0, true
                from unnest(cast(:communes as bigint[])) c, generate_series(:from, :to) y""")
                .param("communes", communes.toArray(Long[]::new)).param("from", fromYear).param("to", toYear)
                .update();
        for (int year = fromYear; year <= toYear; year++) {
            registrations(year);
        }
        jdbc.sql("""
                insert into round_decision (round_id, kind, number, signed_on, signer_name, signer_title, issuing_body)
                select id, 'RECOGNISE', 'B' || id || '/QĐ-UBND', make_date(year, 12, 1), 'Bench', 'Chủ tịch', 'UBND'
                from round where name = 'bench'""").update();
        jdbc.sql("""
                insert into round_recognition (decision_id, registration_id, subject_kind, subject_id, title, year,
                                               register_number, valid_from, valid_until)
                select d.id, g.id, 'household', g.subject_id, g.title, g.year, 'R' || g.id, make_date(g.year, 12, 1),
                       make_date(g.year + 1, 11, 30)
                from round_registration g join round_decision d on d.round_id = g.round_id
                join round r on r.id = g.round_id and r.name = 'bench'
                where g.status = 'RECOGNISED'""").update();
        jdbc.sql("analyze").update();
    }

    private void registrations(int year) {
        jdbc.sql("""
                insert into round_registration (round_id, subject_kind, subject_id, subject_unit_id, title, year, status)
                select r.id, 'household', h.id, h.village_id, 'GIA_DINH', :year,
                       case when (h.id * 13 + :year) % 8 < 7 then 'RECOGNISED' else 'NOT_RECOGNISED' end
                from reg_household h
                join geo_unit_version v on v.unit_id = h.village_id
                join round r on r.area_unit_id = v.parent_id and r.year = :year and r.name = 'bench'
                where h.code like 'BH-%' and (h.id * 7 + :year) % 10 < 8""")
                .param("year", year).update();
    }
}

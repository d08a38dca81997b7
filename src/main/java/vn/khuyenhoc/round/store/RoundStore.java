package vn.khuyenhoc.round.store;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.round.Chain;
import vn.khuyenhoc.round.Level;
import vn.khuyenhoc.round.RoundForm;
import vn.khuyenhoc.round.RoundView;
import vn.khuyenhoc.round.Step;

/** Rounds, their pilot units and the approval chains, on the round_* tables. */
@Repository
public class RoundStore {

    private static final String SELECT = """
            select r.id, r.year, r.title, r.area_unit_id, u.name as area_name, r.name, r.criteria_set_id,
                   r.historical, r.pilot, r.registration_until, r.self_assessment_until, r.review_until,
                   r.decision_until, r.status,
                   (select count(*) from round_registration g where g.round_id = r.id)::int as registered, r.version
            from round r left join geography_unit_current u on u.unit_id = r.area_unit_id
            """;
    private final JdbcClient jdbc;

    RoundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(RoundForm form, Long provinceId, String name, boolean historical, long openedBy) {
        long id = jdbc.sql("""
                insert into round (year, title, area_unit_id, province_id, name, criteria_set_id, historical, pilot,
                                   registration_until, self_assessment_until, review_until, decision_until, opened_by)
                values (:year, :title, :area, :province, :name, :set, :historical, :pilot, :reg, :self, :review,
                        :decision, :by) returning id""")
                .param("year", form.year()).param("title", form.title().name()).param("area", form.areaUnitId())
                .param("province", provinceId).param("name", name).param("set", form.criteriaSetId())
                .param("historical", historical).param("pilot", form.pilot()).param("reg", form.registrationUntil())
                .param("self", form.selfAssessmentUntil()).param("review", form.reviewUntil())
                .param("decision", form.decisionUntil()).param("by", openedBy).query(Long.class).single();
        for (long unit : form.pilotUnits()) {
            jdbc.sql("insert into round_pilot_unit (round_id, unit_id) values (:r, :u) on conflict do nothing")
                    .param("r", id).param("u", unit).update();
        }
        return id;
    }

    public boolean exists(long areaUnitId, Title title, int year) {
        return jdbc.sql("select exists (select 1 from round where area_unit_id = :a and title = :t and year = :y)")
                .param("a", areaUnitId).param("t", title.name()).param("y", year).query(Boolean.class).single();
    }

    public Optional<RoundView> find(long id) {
        return jdbc.sql(SELECT + "where r.id = :id").param("id", id).query(RoundView.class).optional();
    }

    /** Rounds whose area lies under one of the path prefixes, newest year first. */
    public List<RoundView> inArea(String[] prefixes, Integer year) {
        return jdbc.sql(SELECT + """
                where exists (select 1 from geography_unit_scope s
                              where s.unit_id = r.area_unit_id and s.path like any (:prefixes))
                  and (cast(:year as int) is null or r.year = :year)
                order by r.year desc, r.title, r.id""")
                .param("prefixes", prefixes).param("year", year).query(RoundView.class).list();
    }

    /** Rounds whose area contains the unit (a commune's rounds, seen from one of its villages). */
    public List<RoundView> covering(long unitId, Integer year) {
        return jdbc.sql(SELECT + """
                where exists (select 1 from geography_unit_scope own join geography_unit_scope a
                              on own.path like a.path || '%'
                              where own.unit_id = :unit and a.unit_id = r.area_unit_id)
                  and (cast(:year as int) is null or r.year = :year)
                order by r.year desc, r.title, r.id""")
                .param("unit", unitId).param("year", year).query(RoundView.class).list();
    }

    public List<Long> pilotUnits(long roundId) {
        return jdbc.sql("select unit_id from round_pilot_unit where round_id = :r order by unit_id")
                .param("r", roundId).query(Long.class).list();
    }

    /** The chain of a title in a province: the province's own rows override the national default step by step. */
    public Chain chain(Title title, Long provinceId) {
        var levels = new EnumMap<Step, Level>(Step.class);
        jdbc.sql("""
                select distinct on (step) step, level from round_chain_step
                where title = :title and (province_id is null or province_id = :province)
                order by step, province_id nulls last""")
                .param("title", title.name()).param("province", provinceId)
                .query((rs, n) -> Map.entry(Step.valueOf(rs.getString(1)), Level.valueOf(rs.getString(2)))).list()
                .forEach(entry -> levels.put(entry.getKey(), entry.getValue()));
        return new Chain(title, provinceId, levels);
    }

    /** Sets (or replaces) a province's level for one step of a title's chain. */
    public void adaptChain(Title title, long provinceId, Step step, Level level) {
        jdbc.sql("""
                insert into round_chain_step (title, province_id, step, level) values (:t, :p, :s, :l)
                on conflict (title, coalesce(province_id, 0), step)
                do update set level = excluded.level, version = round_chain_step.version + 1""")
                .param("t", title.name()).param("p", provinceId).param("s", step.name()).param("l", level.name())
                .update();
    }

    /** The province a unit lies in on today's map, if any. */
    public Optional<Long> provinceOf(long unitId) {
        return jdbc.sql("""
                select p.unit_id from geography_unit_scope s
                join geography_unit_scope ps on s.path like ps.path || '%'
                join geography_unit_current p on p.unit_id = ps.unit_id and p.kind = 'PROVINCE'
                where s.unit_id = :unit order by p.unit_id limit 1""")
                .param("unit", unitId).query(Long.class).optional();
    }

    /** The kind of an administrative unit (PROVINCE, COMMUNE, VILLAGE…), if it exists. */
    public Optional<String> unitKind(long unitId) {
        return jdbc.sql("select kind from geography_unit_current where unit_id = :u").param("u", unitId)
                .query(String.class).optional();
    }

    /** Whether the unit lies inside (or is) the area unit. */
    public boolean inside(long unitId, long areaUnitId) {
        return jdbc.sql("""
                select exists (select 1 from geography_unit_scope s join geography_unit_scope a
                               on s.path like a.path || '%' where s.unit_id = :u and a.unit_id = :a)""")
                .param("u", unitId).param("a", areaUnitId).query(Boolean.class).single();
    }

    /** Closes (OPEN → CLOSED) or reopens a round read at {@code version}; false when it changed meanwhile. */
    public boolean changeStatus(long id, int version, String from, String to, long by) {
        return jdbc.sql("""
                update round set status = :to, version = version + 1,
                       closed_by = case when :to = 'CLOSED' then :by end,
                       closed_at = case when :to = 'CLOSED' then now() end
                where id = :id and version = :version and status = :from""")
                .param("to", to).param("by", by).param("id", id).param("version", version).param("from", from)
                .update() == 1;
    }
}

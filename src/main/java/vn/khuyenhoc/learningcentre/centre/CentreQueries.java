package vn.khuyenhoc.learningcentre.centre;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;

/**
 * What the pages and the API show of centres: the centres of an area in a year with their rating, classes and
 * visits; one centre with its lineage, activities and years. Areas go by today's map (a merged commune's
 * centres lie under its successor).
 */
@Component
class CentreQueries {

    static final String UNDER =
            " exists (select 1 from geography_unit_scope s where s.unit_id = %s and s.path like any (:prefixes))";
    private static final String YEAR_FIGURES = """
            left join lc_rating r on r.centre_id = c.id and r.year = :year
            left join lc_visits v on v.centre_id = c.id and v.year = :year
            left join lateral (select count(*) filter (where x.kind = 'CLASS') as classes, count(*) as activities,
                                      coalesce(sum(x.participants), 0) as participants
                               from lc_activity x where x.centre_id = c.id and x.year = :year) a on true
            """;
    /** The commune's name as it was on the centre's last day (today for an open centre). */
    private static final String COMMUNE_NAME = """
            (select v.name from geography_unit_version v where v.unit_id = c.commune_id
               and (v.valid_from is null or v.valid_from <= coalesce(c.valid_to, current_date))
             order by v.valid_from desc nulls last limit 1)""";
    private final JdbcClient jdbc;
    private final AreaGuard guard;

    CentreQueries(JdbcClient jdbc, AreaGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** A centre in a year: its rating, classes, activities and visits (entered, or the participants' sum). */
    record CentreRow(long id, String name, long communeId, String commune, LocalDate validFrom, LocalDate validTo,
                     String director, String rating, long classes, long activities, long visits,
                     boolean visitsEntered) {
    }

    record CentreDetail(long id, String name, long communeId, String commune, LocalDate foundedOn,
                        LocalDate validFrom, LocalDate validTo, Long directorPersonId, String director) {
    }

    record LinkRow(long id, String name, String commune, LocalDate effectiveDate) {
    }

    record ActivityRow(long id, String kind, String topic, String title, LocalDate startsOn, LocalDate endsOn,
                       int participants) {
    }

    record YearRow(int year, long classes, long activities, long participants, Integer enteredVisits, long visits,
                   String rating, java.math.BigDecimal total, Long criteriaSetId) {
    }

    /** Patterns of the user's area for {@code like any}; a village's officer reads the whole commune's centre. */
    String[] prefixes() {
        CurrentUser user = guard.requireUser();
        if (user.isAdmin() || user.unitId() == null) {
            return new String[] {"%"};
        }
        return AreaGuard.likePrefixes(jdbc.sql("""
                select s.path from geography_unit_current u
                join geography_unit_scope s on s.unit_id = case when u.kind = 'VILLAGE' then u.parent_id else u.unit_id end
                where u.unit_id = :unit order by s.path""").param("unit", user.unitId()).query(String.class).list());
    }

    String[] unitPrefixes(long unitId) {
        return AreaGuard.likePrefixes(jdbc.sql("select path from geography_unit_scope where unit_id = :u")
                .param("u", unitId).query(String.class).list());
    }

    /** The centres that existed during the year in the area, by commune. */
    List<CentreRow> centres(String[] prefixes, int year) {
        return jdbc.sql("""
                select c.id, c.name, c.commune_id,""" + COMMUNE_NAME + """
                        as commune, c.valid_from, c.valid_to,
                       coalesce(p.full_name, c.director_name) as director, r.rating,
                       a.classes, a.activities, coalesce(v.visits, a.participants) as visits,
                       v.visits is not null as visits_entered
                from lc_centre c join geography_unit_current g on g.unit_id = c.commune_id
                left join registry_person_name p on p.person_id = c.director_person_id
                """ + YEAR_FIGURES + """
                where c.valid_from <= make_date(:year, 12, 31) and (c.valid_to is null or c.valid_to >= make_date(:year, 1, 1))
                  and """ + UNDER.formatted("c.commune_id") + " order by g.code, c.valid_from")
                .param("prefixes", prefixes).param("year", year).query(CentreRow.class).list();
    }

    Optional<CentreDetail> find(long id) {
        return jdbc.sql("""
                select c.id, c.name, c.commune_id,""" + COMMUNE_NAME + """
                        as commune, c.founded_on, c.valid_from, c.valid_to,
                       c.director_person_id, coalesce(p.full_name, c.director_name) as director
                from lc_centre c join geography_unit_current g on g.unit_id = c.commune_id
                left join registry_person_name p on p.person_id = c.director_person_id
                where c.id = :id""").param("id", id).query(CentreDetail.class).optional();
    }

    List<LinkRow> predecessors(long id) {
        return links("l.successor_id = :id", "l.predecessor_id", id);
    }

    List<LinkRow> successors(long id) {
        return links("l.predecessor_id = :id", "l.successor_id", id);
    }

    private List<LinkRow> links(String condition, String other, long id) {
        return jdbc.sql("""
                select c.id, c.name,""" + COMMUNE_NAME + """
                        as commune, l.effective_date from lc_centre_lineage l
                join lc_centre c on c.id = %s join geography_unit_current g on g.unit_id = c.commune_id
                where %s order by g.code""".formatted(other, condition)).param("id", id).query(LinkRow.class).list();
    }

    List<ActivityRow> activities(long centreId, Integer year) {
        return jdbc.sql("""
                select id, kind, topic, title, starts_on, ends_on, participants from lc_activity
                where centre_id = :c and (cast(:year as int) is null or year = :year)
                order by starts_on desc, id desc""").param("c", centreId).param("year", year)
                .query(ActivityRow.class).list();
    }

    /** Every year with an activity, visits or a rating, newest first. */
    List<YearRow> years(long centreId) {
        return jdbc.sql("""
                with years as (select year from lc_activity where centre_id = :c
                               union select year from lc_visits where centre_id = :c
                               union select year from lc_rating where centre_id = :c)
                select y.year, count(x.id) filter (where x.kind = 'CLASS') as classes, count(x.id) as activities,
                       coalesce(sum(x.participants), 0) as participants, v.visits as entered_visits,
                       coalesce(v.visits, coalesce(sum(x.participants), 0)) as visits,
                       r.rating, r.total, r.criteria_set_id
                from years y
                left join lc_activity x on x.centre_id = :c and x.year = y.year
                left join lc_visits v on v.centre_id = :c and v.year = y.year
                left join lc_rating r on r.centre_id = :c and r.year = y.year
                group by y.year, v.visits, r.rating, r.total, r.criteria_set_id order by y.year desc""")
                .param("c", centreId).query(YearRow.class).list();
    }

    /** The communes of the area without a centre today, for the form that opens one. */
    List<LinkRow> communesWithoutCentre(String[] prefixes) {
        return jdbc.sql("""
                select g.unit_id as id, g.name, g.code as commune, cast(null as date) as effective_date
                from geography_unit_current g
                where g.kind = 'COMMUNE' and not g.closed and""" + " " + UNDER.formatted("g.unit_id") + """
                  and not exists (select 1 from lc_centre c where c.commune_id = g.unit_id and c.valid_to is null)
                order by g.code limit 500""").param("prefixes", prefixes).query(LinkRow.class).list();
    }

    /** Communes that geography merged whose predecessors still have an open centre: mergers to follow. */
    List<LinkRow> pendingMergers(String[] prefixes) {
        return jdbc.sql("""
                select distinct g.unit_id as id, g.name, g.code as commune, l.effective_date
                from geography_lineage l join geography_unit_current g on g.unit_id = l.successor_id
                join lc_centre c on c.commune_id = l.predecessor_id and c.valid_to is null and c.valid_from < l.effective_date
                where l.kind = 'MERGE' and""" + " " + UNDER.formatted("g.unit_id") + """
                  and not exists (select 1 from lc_centre n where n.commune_id = g.unit_id and n.valid_from = l.effective_date)
                order by l.effective_date desc, g.name limit 100""").param("prefixes", prefixes).query(LinkRow.class).list();
    }
}

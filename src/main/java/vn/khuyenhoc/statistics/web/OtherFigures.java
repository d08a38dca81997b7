package vn.khuyenhoc.statistics.web;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures of the other modules beside the titles' rates: the association's, the fund's, the community
 * learning centres' and the commendations', for everything under an area on today's map, read only from the
 * views those modules publish for statistics.
 */
@Component
class OtherFigures {

    private static final String UNDER = """
            with under as (select distinct s.unit_id from geography_unit_scope s
                           join geography_unit_scope a on s.path like a.path || '%' where a.unit_id = :area)
            """;

    private final JdbcClient jdbc;

    OtherFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Dashboard.Others of(long area, int year) {
        return jdbc.sql(UNDER + """
                select (select coalesce(sum(members), 0) from association_member_count_by_year m
                        where m.year = :year and m.area_id in (select unit_id from under)) as members,
                       (select coalesce(sum(branches), 0) from association_branch_count_by_year b
                        where b.year = :year and b.area_id in (select unit_id from under)) as branches,
                       coalesce(sum(f.raised), 0) as raised, coalesce(sum(f.spent), 0) as spent,
                       coalesce(sum(f.people_supported), 0) as people
                from fund_figures_by_year f where f.year = :year and f.geo_unit_id in (select unit_id from under)""")
                .param("area", area).param("year", year)
                .query((rs, n) -> new Dashboard.Others(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), centres(area, year), commendations(area, year))).single();
    }

    private Dashboard.Centres centres(long area, int year) {
        return jdbc.sql(UNDER + """
                select coalesce(sum(centres), 0), coalesce(sum(rated), 0), coalesce(sum(rated_good), 0),
                       coalesce(sum(rated_fair), 0), coalesce(sum(rated_average), 0), coalesce(sum(rated_weak), 0),
                       coalesce(sum(classes), 0), coalesce(sum(learner_visits), 0)
                from learningcentre_figures_by_year c
                where c.year = :year and c.unit_id in (select unit_id from under)""")
                .param("area", area).param("year", year)
                .query((rs, n) -> new Dashboard.Centres(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8))).single();
    }

    private Dashboard.Commendations commendations(long area, int year) {
        List<Dashboard.KindCount> kinds = jdbc.sql(UNDER + """
                select kind, sum(commendations) filter (where collective) as collective,
                       sum(commendations) filter (where not collective) as individual
                from commendation_count_by_year c
                where c.year = :year and c.area_unit_id in (select unit_id from under)
                group by kind order by kind""")
                .param("area", area).param("year", year)
                .query((rs, n) -> new Dashboard.KindCount(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
        return new Dashboard.Commendations(kinds);
    }
}

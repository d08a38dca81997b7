package vn.khuyenhoc.association.figures;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaGuard;

/**
 * The association's figures of an area for a year, from its published views and those of geography and the
 * registry, in today's boundaries: everything whose unit lies under the area's paths counts.
 */
@Component
public class FigureQueries {

    private static final String UNDER =
            " exists (select 1 from geography_unit_scope s where s.unit_id = %s and s.path like any (:prefixes))";
    private final JdbcClient jdbc;

    FigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of an area and year; {@code population} is null when nobody entered it. */
    public record Figures(long unitId, int year, Share villagesWithBranch, Share clansWithBoard, long members,
                          long activeMembers, Long population, Share membersOfPopulation, List<BranchFigure> branches) {
    }

    /** Members of one branch on the year's reference day. */
    public record BranchFigure(long branchId, String name, String areaName, long members, long activeMembers) {
    }

    public Figures figures(long unitId, int year) {
        String[] prefixes = AreaGuard.likePrefixes(jdbc.sql("select path from geography_unit_scope where unit_id = :u")
                .param("u", unitId).query(String.class).list());
        long villages = count("""
                select count(*) from geography_unit_current v where v.kind = 'VILLAGE' and not v.closed and
                """ + UNDER.formatted("v.unit_id"), prefixes, year);
        long withBranch = count("""
                select count(distinct b.area_id) from association_branch_count_by_year b
                join geography_unit_current v on v.unit_id = b.area_id and v.kind = 'VILLAGE' and not v.closed
                where b.year = :year and b.kind = 'VILLAGE' and """ + UNDER.formatted("b.area_id"), prefixes, year);
        long clans = count("select coalesce(sum(c.clans), 0) from registry_clan_count_by_year c where c.year = :year and "
                + UNDER.formatted("c.commune_id"), prefixes, year);
        long boards = count("""
                select coalesce(sum(b.clans_with_board), 0) from association_board_count_by_year b
                where b.year = :year and """ + UNDER.formatted("b.commune_id"), prefixes, year);
        var branches = branches(prefixes, year);
        long members = branches.stream().mapToLong(BranchFigure::members).sum();
        long active = branches.stream().mapToLong(BranchFigure::activeMembers).sum();
        Long population = jdbc.sql("select population from association_population_by_year where unit_id = :u and year = :y")
                .param("u", unitId).param("y", year).query(Long.class).optional().orElse(null);
        return new Figures(unitId, year, new Share(withBranch, villages), new Share(boards, clans), members, active,
                population, population == null ? null : new Share(members, population), branches);
    }

    /** The area of the first open commune association, shown to an administrator who has no area of their own. */
    long firstAssociationArea() {
        return jdbc.sql("select geo_unit_id from assoc_unit where valid_to is null order by level, id limit 1")
                .query(Long.class).optional().orElse(vn.khuyenhoc.accounts.AreaGuard.WHOLE_COUNTRY);
    }

    private List<BranchFigure> branches(String[] prefixes, int year) {
        return jdbc.sql("""
                select b.id as branch_id, b.name, a.name as area_name,
                       coalesce(sum(m.members), 0) as members, coalesce(sum(m.active_members), 0) as active_members
                from assoc_branch b join geography_unit_current a on a.unit_id = b.area_id
                join association_member_count_by_year m on m.branch_id = b.id and m.year = :year
                where """ + UNDER.formatted("b.area_id") + """
                 group by b.id, b.name, a.name, a.code order by a.code, b.name""")
                .param("prefixes", prefixes).param("year", year).query(BranchFigure.class).list();
    }

    private long count(String sql, String[] prefixes, int year) {
        return jdbc.sql(sql).param("prefixes", prefixes).param("year", year).query(Long.class).single();
    }
}

package vn.khuyenhoc.geography.unit;

import vn.khuyenhoc.accounts.AreaGuard;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.shared.Text;

/**
 * Reads of the map as it was on a date, limited to the paths of the user's area ("/" for everything).
 * Lists are in the official order of codes; a level of the tree is one indexed query.
 */
@Component
class UnitQueries {

    static final int SEARCH_LIMIT = 50;
    private static final String VALID_ON = "(v.valid_from is null or v.valid_from <= :on) "
            + "and (v.valid_to is null or v.valid_to >= :on)";
    private static final String IN_SCOPE = "exists (select 1 from geo_unit_scope s where s.unit_id = v.unit_id "
            + "and s.path like any (:prefixes))";
    private static final String COLUMNS = """
            v.unit_id, v.code, v.name, v.kind, v.type_name, v.parent_id, v.valid_from, v.valid_to,
            (select count(*) from geo_unit_version c where c.parent_id = v.unit_id
               and (c.valid_from is null or c.valid_from <= :on) and (c.valid_to is null or c.valid_to >= :on)) as children
            """;
    private final JdbcClient jdbc;

    UnitQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The top of the tree the user may see on the date: units in scope whose parent is not. */
    List<UnitRow> roots(List<String> scope, LocalDate on) {
        if (isWholeCountry(scope)) {
            return jdbc.sql("select " + COLUMNS + " from geo_unit_version v where v.parent_id is null and "
                            + VALID_ON + " order by v.code")
                    .param("on", on).query(UnitRow.class).list();
        }
        return jdbc.sql("with scoped as (select distinct unit_id from geo_unit_scope where path like any (:prefixes)) "
                        + "select " + COLUMNS + " from geo_unit_version v join scoped on scoped.unit_id = v.unit_id "
                        + "where " + VALID_ON + " and (v.parent_id is null or v.parent_id not in (select unit_id from scoped)) "
                        + "order by v.code")
                .param("on", on).param("prefixes", prefixes(scope)).query(UnitRow.class).list();
    }

    List<UnitRow> children(long parentId, List<String> scope, LocalDate on) {
        return jdbc.sql("select " + COLUMNS + " from geo_unit_version v where v.parent_id = :parent and "
                        + VALID_ON + " and " + inScope(scope) + " order by v.code")
                .param("parent", parentId).param("on", on).param("prefixes", prefixes(scope))
                .query(UnitRow.class).list();
    }

    /** Accent-insensitive search by name or code: "lien huong" finds "Liên Hương", "d" matches "đ". */
    List<UnitRow> search(String query, List<String> scope, LocalDate on) {
        String folded = Text.fold(query);
        if (folded.isBlank()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from geo_unit_version v where " + VALID_ON + " and " + inScope(scope) + """
                 and (v.name_folded like '%' || :q || '%' or v.code = :code)
                order by (v.code = :code) desc, length(v.name), v.code limit :limit""")
                .param("on", on).param("prefixes", prefixes(scope)).param("q", Text.escapeLike(folded))
                .param("code", Text.normalise(query)).param("limit", SEARCH_LIMIT)
                .query(UnitRow.class).list();
    }

    /** The chain from the top down to the unit, as it was on the date (for breadcrumbs). */
    List<UnitRow> ancestry(long unitId, LocalDate on) {
        return jdbc.sql("""
                with recursive chain(unit_id, depth) as (
                    select :id::bigint, 0
                    union all
                    select v.parent_id, chain.depth + 1 from chain
                    join geo_unit_version v on v.unit_id = chain.unit_id
                     and (v.valid_from is null or v.valid_from <= :on) and (v.valid_to is null or v.valid_to >= :on)
                    where v.parent_id is not null and chain.depth < 10)
                select\s""" + COLUMNS + """
                from chain join geo_unit_version v on v.unit_id = chain.unit_id
                 and (v.valid_from is null or v.valid_from <= :on) and (v.valid_to is null or v.valid_to >= :on)
                order by chain.depth desc""")
                .param("id", unitId).param("on", on).query(UnitRow.class).list();
    }

    /** An administrator's scope: no filter at all, rather than a prefix that every path matches. */
    private static boolean isWholeCountry(List<String> scope) {
        return scope.contains("/");
    }

    private static String inScope(List<String> scope) {
        return isWholeCountry(scope) ? "true" : IN_SCOPE;
    }

    private static String[] prefixes(List<String> scope) {
        return AreaGuard.likePrefixes(scope);
    }
}

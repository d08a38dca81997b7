package vn.khuyenhoc.registry.common;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.shared.Text;

/**
 * Where a user may read the records of a commune (clans, organisations): their own area, and for an officer of
 * a village (a branch officer) the whole commune of that village, whose clans and organisations their
 * households belong to. Writes stay with the guard's own area rule. Also the communes and villages a user picks
 * from on filters and forms.
 */
@Component
public class CommuneArea {

    static final int LIMIT = 1000;
    private final JdbcClient jdbc;
    private final AreaGuard guard;

    CommuneArea(JdbcClient jdbc, AreaGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** A unit to pick. */
    public record Option(long id, String code, String name) {
    }

    /** The path prefixes of the commune records the signed-in user may read ("/" for everything). */
    public List<String> readPaths() {
        CurrentUser user = guard.requireUser();
        if (user.isAdmin() || user.unitId() == null) {
            return List.of("/");
        }
        return jdbc.sql("""
                select s.path from geography_unit_current u
                join geography_unit_scope s on s.unit_id = case when u.kind = 'VILLAGE' then u.parent_id else u.unit_id end
                where u.unit_id = :unit order by s.path""")
                .param("unit", user.unitId()).query(String.class).list();
    }

    /** Today's communes the signed-in user may read. */
    public List<Option> communes() {
        var paths = readPaths();
        return jdbc.sql("""
                select u.unit_id as id, u.code, u.name from geography_unit_current u
                where u.kind = 'COMMUNE' and not u.closed
                  and (:everything or exists (select 1 from geography_unit_scope s
                                              where s.unit_id = u.unit_id and s.path like any (:prefixes)))
                order by u.code limit :limit""")
                .param("everything", isEverything(paths)).param("prefixes", AreaGuard.likePrefixes(paths))
                .param("limit", LIMIT).query(Option.class).list();
    }

    /** Today's communes where the signed-in user may write (for the commune of a new record). */
    public List<Option> writableCommunes() {
        return communes().stream().filter(commune -> guard.canWrite(commune.id())).toList();
    }

    /** Today's villages of a commune. */
    public List<Option> villages(long communeId) {
        return jdbc.sql("""
                select u.unit_id as id, u.code, u.name from geography_unit_current u
                where u.kind = 'VILLAGE' and not u.closed and u.parent_id = :commune order by u.code""")
                .param("commune", communeId).query(Option.class).list();
    }

    /**
     * The conditions of a list of commune records (table alias {@code alias}, with commune_id, name_folded and code):
     * in a commune the user may read, and matching the search by name or code; bound by {@link #readableMatching}.
     */
    public static String readableMatchingConditions(String alias) {
        return """
                (:everything or exists (select 1 from geography_unit_scope s
                                        where s.unit_id = %1$s.commune_id and s.path like any (:prefixes)))
                and (:q = '' or %1$s.name_folded like :pattern escape '\\' or lower(%1$s.code) like :pattern escape '\\')
                """.formatted(alias);
    }

    /** The statement with the parameters of {@link #readableMatchingConditions}: the user's communes and the search. */
    public JdbcClient.StatementSpec readableMatching(String sql, String q) {
        var paths = readPaths();
        String folded = Text.fold(q);
        return jdbc.sql(sql).param("everything", isEverything(paths)).param("prefixes", AreaGuard.likePrefixes(paths))
                .param("q", folded).param("pattern", "%" + Text.escapeLike(folded) + "%");
    }

    /** An administrator's scope: no filter at all, rather than a prefix that every path matches. */
    public static boolean isEverything(List<String> paths) {
        return paths.contains("/");
    }
}

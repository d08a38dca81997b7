package vn.khuyenhoc.association.structure;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;

/**
 * Where the signed-in user reads the association's lists: their area, and for an officer of a village (a branch
 * officer) the whole commune of that village, whose association their branch belongs to.
 */
@Component
public class ReadScope {

    private final JdbcClient jdbc;
    private final AreaGuard guard;

    ReadScope(JdbcClient jdbc, AreaGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** Patterns for {@code path like any (:prefixes)}. */
    public String[] prefixes() {
        CurrentUser user = guard.requireUser();
        if (user.isAdmin() || user.unitId() == null) {
            return new String[] {"%"};
        }
        return AreaGuard.likePrefixes(jdbc.sql("""
                select s.path from geography_unit_current u
                join geography_unit_scope s on s.unit_id = case when u.kind = 'VILLAGE' then u.parent_id else u.unit_id end
                where u.unit_id = :unit order by s.path""").param("unit", user.unitId()).query(String.class).list());
    }

    /** The SQL condition that the unit in column {@code column} lies in the scope bound as {@code :prefixes}. */
    public static String within(String column) {
        return "exists (select 1 from geography_unit_scope s where s.unit_id = %s and s.path like any (:prefixes))"
                .formatted(column);
    }
}

package vn.khuyenhoc.accounts.user;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.shared.Text;

/**
 * Reads of accounts for managers: only accounts whose area lies in the manager's subtree (administrators see
 * every account, their own kind included), searched by user name or display name without diacritics.
 */
@Component
class UserQueries {

    static final int PAGE_SIZE = 25;
    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.role, u.unit_id, a.code as area_code, a.name as area_name,
                   u.enabled, u.must_change_password, coalesce(u.locked_until > now(), false) as locked,
                   u.created_at, u.version
            from app_user u left join geography_unit_current a on a.unit_id = u.unit_id
            """;
    private static final String IN_SCOPE = """
            (:everything or exists (select 1 from geography_unit_scope s
                                    where s.unit_id = u.unit_id and s.path like any (:prefixes)))
            and u.search_folded like :q escape '\\'
            """;
    private final JdbcClient jdbc;
    private final AreaGuard guard;

    UserQueries(JdbcClient jdbc, AreaGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** One page (from 0) of the accounts the signed-in manager looks after, by user name. */
    UserPage page(String query, int page) {
        CurrentUser manager = guard.requireUser();
        return page(new Scope(manager.isAdmin(), guard.scopePaths(manager)), query, page);
    }

    private UserPage page(Scope scope, String query, int page) {
        int number = Math.max(page, 0);
        String pattern = "%" + Text.escapeLike(Text.fold(query)) + "%";
        List<UserRow> rows = jdbc.sql(SELECT + "where " + IN_SCOPE + " order by u.username limit :limit offset :offset")
                .param("everything", scope.everything()).param("prefixes", scope.prefixes()).param("q", pattern)
                .param("limit", PAGE_SIZE).param("offset", number * PAGE_SIZE)
                .query(UserRow.class).list();
        long total = jdbc.sql("select count(*) from app_user u where " + IN_SCOPE)
                .param("everything", scope.everything()).param("prefixes", scope.prefixes()).param("q", pattern)
                .query(Long.class).single();
        return new UserPage(rows, number, PAGE_SIZE, total);
    }

    Optional<UserRow> find(long id) {
        return jdbc.sql(SELECT + "where u.id = :id").param("id", id).query(UserRow.class).optional();
    }

    Optional<UserRow> findByUsername(String username) {
        return jdbc.sql(SELECT + "where lower(u.username) = lower(:username)")
                .param("username", Text.normalise(username)).query(UserRow.class).optional();
    }

    /** Where a manager may look: everything (administrators) or the path prefixes of their area. */
    private record Scope(boolean everything, List<String> paths) {

        String[] prefixes() {
            return AreaGuard.likePrefixes(paths);
        }
    }

    /** A page of accounts; {@code number} counts from 0. */
    record UserPage(List<UserRow> rows, int number, int size, long total) {

        public boolean hasPrevious() {
            return number > 0;
        }

        public boolean hasNext() {
            return (long) (number + 1) * size < total;
        }
    }
}

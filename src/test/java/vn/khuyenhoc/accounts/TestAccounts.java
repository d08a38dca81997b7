package vn.khuyenhoc.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.khuyenhoc.accounts.Accounts.NewUser;

/**
 * Accounts for tests on the demo data: units by code (through the geography module's public view, as the
 * accounts module itself reads them), extra users of any role, and signing in without a browser.
 */
public final class TestAccounts {

    public static final String PASSWORD = "khuyenhoc";
    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final UserDetailsService users;

    public TestAccounts(JdbcClient jdbc, Accounts accounts, UserDetailsService users) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.users = users;
    }

    /** The unit with this code: the live one if there is one, otherwise its last (closed) version. */
    public long unit(String code) {
        return jdbc.sql("""
                select unit_id from geography_unit_current where code = :code order by closed, unit_id limit 1""")
                .param("code", code).query(Long.class).single();
    }

    /** A new user with the demo password, its area given by a unit code (null for an administrator). */
    public long create(String username, Role role, String unitCode) {
        Long unit = unitCode == null ? null : unit(unitCode);
        return accounts.createUser(new NewUser(username, "Test " + username, PASSWORD, role, unit, null, null),
                null, false);
    }

    public long idOf(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    /** Signs the user in on this thread, as the login page would. */
    public CurrentUser signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return ((vn.khuyenhoc.accounts.security.SignedInUser) user).current();
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}

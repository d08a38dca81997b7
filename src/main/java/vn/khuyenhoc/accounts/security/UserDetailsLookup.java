package vn.khuyenhoc.accounts.security;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.accounts.Role;

/** Loads a user for sign-in; user names are matched case-insensitively. */
@Component
class UserDetailsLookup implements UserDetailsService {

    private final JdbcClient jdbc;

    UserDetailsLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        return jdbc.sql("""
                select id, username, display_name, role, unit_id, organisation_id, person_id, password_hash,
                       enabled, locked_until, must_change_password
                from app_user where lower(username) = lower(:username)""")
                .param("username", username == null ? "" : username.trim())
                .query((rs, n) -> {
                    var current = new CurrentUser(rs.getLong("id"), rs.getString("username"),
                            rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                            (Long) rs.getObject("unit_id"), (Long) rs.getObject("organisation_id"),
                            (Long) rs.getObject("person_id"));
                    var lockedUntil = rs.getTimestamp("locked_until");
                    boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now());
                    return new SignedInUser(current, rs.getString("password_hash"), rs.getBoolean("enabled"),
                            locked, rs.getBoolean("must_change_password"));
                })
                .optional().orElseThrow(() -> new UsernameNotFoundException(username));
    }
}

package vn.khuyenhoc.accounts.security;

import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} wrong passwords in a row an account is locked for
 * {@link #LOCK}; a successful sign-in clears the count. Counts live in the database, so they hold across
 * instances.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    private final JdbcClient jdbc;

    LoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        jdbc.sql("""
                update app_user set failed_logins = failed_logins + 1,
                       locked_until = case when failed_logins + 1 >= :max
                                           then now() + make_interval(mins => :minutes) else locked_until end
                where lower(username) = lower(:username)""")
                .param("max", MAX_FAILURES).param("minutes", (int) LOCK.toMinutes())
                .param("username", String.valueOf(event.getAuthentication().getName()).trim())
                .update();
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where lower(username) = lower(:username)")
                .param("username", event.getAuthentication().getName()).update();
    }
}

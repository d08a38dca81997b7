package vn.khuyenhoc.demo;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs a step of the demo as one of its officers, signed in as the login page would sign them in, so that a
 * current round is made through the same guarded APIs (and audited under the same name) as an officer's.
 */
@Component
class DemoActing {

    private final UserDetailsService users;

    DemoActing(UserDetailsService users) {
        this.users = users;
    }

    <T> T as(String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}

package vn.khuyenhoc.accounts.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.khuyenhoc.accounts.CurrentUser;

/** Spring Security's view of a user; kept in the (database-backed) session, so it holds plain values only. */
public final class SignedInUser implements UserDetails {

    private final CurrentUser current;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;

    SignedInUser(CurrentUser current, String passwordHash, boolean enabled, boolean locked,
                 boolean mustChangePassword) {
        this.current = current;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
    }

    public CurrentUser current() {
        return current;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    SignedInUser withPasswordChanged() {
        return new SignedInUser(current, null, enabled, locked, false);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(current.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return current.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }
}

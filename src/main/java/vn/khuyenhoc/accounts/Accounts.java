package vn.khuyenhoc.accounts;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.Text;

/**
 * The accounts API: creating users and changing passwords, each change audited in the same transaction.
 * Who may manage whom is checked by {@link vn.khuyenhoc.accounts.user.UserManagement}; this class is also used
 * by setup and demo data, where nobody is signed in yet.
 */
@Service
public class Accounts {

    static final int MIN_PASSWORD_LENGTH = 8;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
    }

    public boolean anyUserExists() {
        return jdbc.sql("select exists (select 1 from app_user)").query(Boolean.class).single();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("select exists (select 1 from app_user where lower(username) = lower(:u))")
                .param("u", Text.normalise(username)).query(Boolean.class).single();
    }

    /** Creates a user; returns the new id. {@code mustChangePassword} forces a new password at first sign-in. */
    @Transactional
    public long createUser(NewUser user, Long createdBy, boolean mustChangePassword) {
        String username = Text.normalise(user.username());
        if (usernameTaken(username)) {
            throw new InvalidInput("accounts.user.usernameTaken", username);
        }
        requireStrong(user.password());
        long id = jdbc.sql("""
                insert into app_user (username, display_name, password_hash, role, unit_id, organisation_id,
                                      person_id, must_change_password, created_by)
                values (:username, :display, :hash, :role, :unit, :org, :person, :must, :by) returning id""")
                .param("username", username).param("display", Text.normalise(user.displayName()))
                .param("hash", passwords.encode(user.password())).param("role", user.role().name())
                .param("unit", user.unitId()).param("org", user.organisationId()).param("person", user.personId())
                .param("must", mustChangePassword).param("by", createdBy)
                .query(Long.class).single();
        events.publishEvent(new UserChanged(id, "create", user.unitId(), null,
                Map.of("username", username, "role", user.role().name(), "unitId", String.valueOf(user.unitId()))));
        return id;
    }

    /** The signed-in user changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(long userId, String current, String replacement) {
        String hash = jdbc.sql("select password_hash from app_user where id = :id").param("id", userId)
                .query(String.class).single();
        if (!passwords.matches(current, hash)) {
            throw new InvalidInput("accounts.password.wrongCurrent");
        }
        setPassword(userId, replacement, false, "change-password");
    }

    /** Sets a password (by its owner, or a reset by a manager who then forces a change at next sign-in). */
    @Transactional
    public void setPassword(long userId, String replacement, boolean mustChange, String action) {
        requireStrong(replacement);
        Long unit = jdbc.sql("update app_user set password_hash = :hash, must_change_password = :must, "
                        + "failed_logins = 0, locked_until = null, version = version + 1 where id = :id returning unit_id")
                .param("hash", passwords.encode(replacement)).param("must", mustChange).param("id", userId)
                .query(Long.class).optional().orElse(null);
        events.publishEvent(new UserChanged(userId, action, unit, null, null));
    }

    static void requireStrong(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInput("accounts.password.tooShort", MIN_PASSWORD_LENGTH);
        }
    }

    /** What it takes to create a user. */
    public record NewUser(String username, String displayName, String password, Role role, Long unitId,
                          Long organisationId, Long personId) {
    }
}

package vn.khuyenhoc.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,60}");
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
        long id = insert(user, createdBy, mustChangePassword);
        events.publishEvent(new UserChanged(id, "create", user.unitId(), null,
                Map.of("username", Text.normalise(user.username()), "role", user.role().name(),
                        "unitId", String.valueOf(user.unitId()))));
        return id;
    }

    /**
     * Creates a list of users at once, all or none, with one audit entry for the whole list; returns their ids
     * in the order given. Every new user must choose their own password at first sign-in.
     */
    @Transactional
    public List<Long> createUsers(List<NewUser> users, Long createdBy, Long areaUnitId, String source) {
        var ids = new ArrayList<Long>(users.size());
        for (NewUser user : users) {
            ids.add(insert(user, createdBy, true));
        }
        events.publishEvent(new UsersImported(ids, areaUnitId, source));
        return ids;
    }

    private long insert(NewUser user, Long createdBy, boolean mustChangePassword) {
        String username = Text.normalise(user.username());
        requireValidUsername(username);
        if (usernameTaken(username)) {
            throw new InvalidInput("accounts.user.usernameTaken", username);
        }
        requireStrong(user.password());
        String displayName = Text.normalise(user.displayName());
        return jdbc.sql("""
                insert into app_user (username, display_name, password_hash, role, unit_id, organisation_id,
                                      person_id, must_change_password, created_by, search_folded)
                values (:username, :display, :hash, :role, :unit, :org, :person, :must, :by, :folded)
                returning id""")
                .param("username", username).param("display", displayName)
                .param("hash", passwords.encode(user.password())).param("role", user.role().name())
                .param("unit", user.unitId()).param("org", user.organisationId()).param("person", user.personId())
                .param("must", mustChangePassword).param("by", createdBy)
                .param("folded", searchKey(username, displayName))
                .query(Long.class).single();
    }

    /** What account searches match: the folded user name and display name. */
    public static String searchKey(String username, String displayName) {
        return Text.fold(username + " " + displayName);
    }

    /** User names are short and plain, so they can be typed on any phone keyboard and read aloud. */
    public static void requireValidUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInput("accounts.user.usernameInvalid", username == null ? "" : username);
        }
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

    /**
     * The person behind a citizen account was erased on request: their accounts are disabled and lose the name
     * and the user name that identify them (the audit log keeps the account by id). Returns how many accounts.
     */
    @Transactional
    public int forgetPerson(long personId) {
        List<Long> ids = jdbc.sql("""
                update app_user set enabled = false, display_name = '#' || id, username = 'erased-' || id,
                       search_folded = 'erased-' || id, version = version + 1
                where person_id = :person returning id""")
                .param("person", personId).query(Long.class).list();
        for (long id : ids) {
            events.publishEvent(new UserChanged(id, "forget-person", null, null, Map.of("personId", personId)));
        }
        return ids.size();
    }

    public static void requireStrong(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInput("accounts.password.tooShort", MIN_PASSWORD_LENGTH);
        }
    }

    /** What it takes to create a user. */
    public record NewUser(String username, String displayName, String password, Role role, Long unitId,
                          Long organisationId, Long personId) {
    }
}

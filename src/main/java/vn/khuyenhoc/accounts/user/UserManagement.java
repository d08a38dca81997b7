package vn.khuyenhoc.accounts.user;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.Accounts.NewUser;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.accounts.UserChanged;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.shared.Text;

/**
 * Managing the accounts of others: create, change, disable or enable, reset the password. Each method checks
 * {@link AccountRules} for the signed-in manager, refuses a stale version, and publishes {@link UserChanged} in
 * its transaction (never with a password). Accounts are never deleted, only disabled.
 */
@Service
class UserManagement {

    private final AreaGuard guard;
    private final AccountRules rules;
    private final Accounts accounts;
    private final UserQueries queries;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    UserManagement(AreaGuard guard, AccountRules rules, Accounts accounts, UserQueries queries, JdbcClient jdbc,
                   ApplicationEventPublisher events) {
        this.guard = guard;
        this.rules = rules;
        this.accounts = accounts;
        this.queries = queries;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Creates the account with a temporary password, to be changed at first sign-in. */
    @Transactional
    Created create(NewAccount account) {
        CurrentUser actor = guard.requireUser();
        var checked = rules.check(actor, account.role(), account.areaCode());
        checked.throwIfInvalid();
        requireWritable(actor, checked.unitId());
        String name = requireName(account.displayName());
        String password = TemporaryPasswords.next();
        long id = accounts.createUser(new NewUser(account.username(), name, password, account.role(),
                checked.unitId(), null, null), actor.id(), true);
        return new Created(id, Text.normalise(account.username()), name, password);
    }

    /** Changes the display name, role and area; the role and area are checked again only when they change. */
    @Transactional
    void update(long id, int version, String displayName, Role role, String areaCode) {
        CurrentUser actor = guard.requireUser();
        UserRow target = manageable(actor, id, version);
        Long unitId = target.unitId();
        if (role != target.role() || !Objects.equals(Areas.normaliseCode(areaCode), target.areaCode())) {
            var checked = rules.check(actor, role, areaCode);
            checked.throwIfInvalid();
            unitId = checked.unitId();
            requireWritable(actor, unitId);
        }
        String name = requireName(displayName);
        int updated = jdbc.sql("""
                update app_user set display_name = :name, role = :role, unit_id = :unit, search_folded = :folded,
                                    version = version + 1
                where id = :id and version = :version""")
                .param("name", name).param("role", role.name()).param("unit", unitId)
                .param("folded", Accounts.searchKey(target.username(), name))
                .param("id", id).param("version", version).update();
        requireUpdated(updated, target);
        events.publishEvent(new UserChanged(id, "update", unitId, state(target.role(), target.unitId(), false),
                state(role, unitId, !name.equals(target.displayName()))));
    }

    /** Disables (the row stays, sign-in is refused) or enables an account. */
    @Transactional
    void setEnabled(long id, int version, boolean enabled) {
        UserRow target = manageable(guard.requireUser(), id, version);
        int updated = jdbc.sql("update app_user set enabled = :enabled, version = version + 1 "
                        + "where id = :id and version = :version")
                .param("enabled", enabled).param("id", id).param("version", version).update();
        requireUpdated(updated, target);
        events.publishEvent(new UserChanged(id, enabled ? "enable" : "disable", target.unitId(),
                Map.of("enabled", target.enabled()), Map.of("enabled", enabled)));
    }

    /** Sets a new temporary password (and lifts a lock from wrong passwords); the owner must change it. */
    @Transactional
    Created resetPassword(long id, int version) {
        UserRow target = manageable(guard.requireUser(), id, version);
        int current = jdbc.sql("select version from app_user where id = :id for update").param("id", id)
                .query(Integer.class).single();
        requireUpdated(current == version ? 1 : 0, target);
        String password = TemporaryPasswords.next();
        accounts.setPassword(id, password, true, "reset-password");
        return new Created(id, target.username(), target.displayName(), password);
    }

    /** Whether the signed-in user may change this account (the detail page offers its actions only then). */
    boolean canManage(UserRow target) {
        return guard.currentUser().map(actor -> rules.canManage(actor, target)).orElse(false);
    }

    private UserRow manageable(CurrentUser actor, long id, int version) {
        UserRow target = queries.find(id).orElseThrow(() -> new NotFound("user", id));
        rules.requireManageable(actor, target);
        requireUpdated(target.version() == version ? 1 : 0, target);
        return target;
    }

    private void requireWritable(CurrentUser actor, Long unitId) {
        if (unitId != null) {
            guard.requireWrite(unitId);
        } else if (!actor.isAdmin()) {
            throw new AccessDenied();
        }
    }

    private static void requireUpdated(int updated, UserRow target) {
        if (updated == 0) {
            throw new StaleAccount(target.username());
        }
    }

    static String requireName(String displayName) {
        String name = Text.normaliseOrNull(displayName);
        if (name == null) {
            throw new InvalidInput("accounts.user.nameRequired");
        }
        return name;
    }

    private static Map<String, Object> state(Role role, Long unitId, boolean nameChanged) {
        var state = new LinkedHashMap<String, Object>();
        state.put("role", role.name());
        state.put("unitId", unitId);
        if (nameChanged) {
            state.put("displayNameChanged", true);
        }
        return state;
    }
}

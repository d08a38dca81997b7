package vn.khuyenhoc.accounts.setup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.Accounts.NewUser;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.shared.UserFacingException;

/**
 * The first administrator of a real installation, created at setup: possible only while there is no account at
 * all, so that a real installation never has a default password and setup cannot be used twice.
 */
@Service
class FirstAdministrator {

    private final Accounts accounts;
    private final JdbcClient jdbc;

    FirstAdministrator(Accounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    boolean needed() {
        return !accounts.anyUserExists();
    }

    /** Creates the administrator; refused (as "not found") once any account exists. */
    @Transactional
    long create(String username, String displayName, String password) {
        // Two browsers submitting setup at once: the second waits here, then sees the first's account.
        jdbc.sql("lock table app_user in share row exclusive mode").update();
        if (!needed()) {
            throw new SetupDone();
        }
        return accounts.createUser(new NewUser(username, displayName, password, Role.ADMIN, null, null, null),
                null, false);
    }

    /** Setup is over: the page no longer exists. */
    static class SetupDone extends UserFacingException {

        SetupDone() {
            super(404, "accounts.setup.done");
        }
    }
}

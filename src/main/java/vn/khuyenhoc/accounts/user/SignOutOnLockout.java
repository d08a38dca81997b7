package vn.khuyenhoc.accounts.user;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.khuyenhoc.accounts.UserChanged;

/**
 * A disabled account, or one whose password a manager reset, is signed out everywhere at once: the sessions
 * live in the database and would otherwise keep working until they expire. Runs after the change commits.
 */
@Component
class SignOutOnLockout {

    private final JdbcClient jdbc;
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    SignOutOnLockout(JdbcClient jdbc, ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void signOut(UserChanged change) {
        if (!change.action().equals("disable") && !change.action().equals("reset-password")) {
            return;
        }
        sessions.ifAvailable(repository -> jdbc.sql("select username from app_user where id = :id")
                .param("id", change.userId()).query(String.class).optional()
                .ifPresent(username -> repository.findByPrincipalName(username).keySet()
                        .forEach(repository::deleteById)));
    }
}

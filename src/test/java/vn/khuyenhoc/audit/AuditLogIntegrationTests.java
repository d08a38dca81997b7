package vn.khuyenhoc.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.Accounts.NewUser;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.geography.Units;

/** The audited write path (ADR 0004): one entry per change, in the change's transaction, never altered. */
@IntegrationTest
class AuditLogIntegrationTests {

    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    AuditProbe probe;

    @BeforeEach
    void probe(@Autowired UserDetailsService users, @Autowired Units units) {
        probe = new AuditProbe(events, jdbc, users, units);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @Transactional
    void creatingAUserWritesExactlyOneEntryWithActorEntityActionAndAfter() {
        probe.signInAs("tinh.lamdong");
        long before = probe.count();
        long id = accounts.createUser(new NewUser("audit.one", "Người thử", "mat-khau-dai", Role.VIEWER,
                probe.lienHuong(), null, null), null, false);

        assertThat(probe.count()).isEqualTo(before + 1);
        var entry = jdbc.sql("""
                select actor_name, entity, entity_id, action, unit_id, unit_path, before::text as before,
                       after ->> 'username' as username
                from audit_entry where id = :id""").param("id", probe.latestId()).query().listOfRows().get(0);
        assertThat(entry).containsEntry("actor_name", "tinh.lamdong").containsEntry("entity", "user")
                .containsEntry("entity_id", id).containsEntry("action", "create")
                .containsEntry("unit_id", probe.lienHuong()).containsEntry("before", null)
                .containsEntry("username", "audit.one");
        assertThat((String) entry.get("unit_path")).endsWith("/" + probe.lienHuong() + "/");
    }

    @Test
    @Transactional
    void changingOnesPasswordWritesOneEntryThatHoldsNoPassword() {
        probe.signInAs("xa.lienhuong");
        long userId = jdbc.sql("select id from app_user where username = 'xa.lienhuong'").query(Long.class).single();
        long before = probe.count();
        accounts.changeOwnPassword(userId, "khuyenhoc", "mat-khau-moi-123");

        assertThat(probe.count()).isEqualTo(before + 1);
        var entry = jdbc.sql("select actor_name, entity, entity_id, action, coalesce(before::text, '') "
                        + "|| coalesce(after::text, '') as changes from audit_entry where id = :id")
                .param("id", probe.latestId()).query().listOfRows().get(0);
        assertThat(entry).containsEntry("actor_name", "xa.lienhuong").containsEntry("entity", "user")
                .containsEntry("entity_id", userId).containsEntry("action", "change-password");
        assertThat((String) entry.get("changes")).doesNotContain("mat-khau-moi-123");
    }

    @Test
    @Transactional
    void anEntryKeepsBeforeAndAfterAndABulkEntryItsAffectedIds() {
        long id = probe.publish(probe.nhaBe());
        probe.publishBulk(null, List.of(11L, 12L, 13L));

        var change = jdbc.sql("select before ->> 'name' as before, after ->> 'name' as after, actor_name "
                + "from audit_entry where id = :id").param("id", id).query().listOfRows().get(0);
        assertThat(change).isEqualTo(Map.of("before", "Thị trấn Nhà Bè", "after", "Xã Nhà Bè", "actor_name", "system"));
        var bulk = jdbc.sql("select affected_ids::text as ids, entity_id, unit_path from audit_entry where id = :id")
                .param("id", probe.latestId()).query().listOfRows().get(0);
        assertThat(bulk.get("ids")).isEqualTo("{11,12,13}");
        assertThat(bulk.get("entity_id")).isNull();
        assertThat(bulk.get("unit_path")).isNull();
    }

    @Test
    void anExceptionAfterTheChangeRollsBackBothTheChangeAndItsEntry() {
        long before = probe.count();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            accounts.createUser(new NewUser("audit.rollback", "Người thử", "mat-khau-dai", Role.VIEWER,
                    probe.lienHuong(), null, null), null, false);
            assertThat(probe.count()).isEqualTo(before + 1);
            throw new IllegalStateException("failed after the change");
        })).hasMessage("failed after the change");

        assertThat(accounts.usernameTaken("audit.rollback")).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_entry where after ->> 'username' = 'audit.rollback'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aChangePublishedOutsideATransactionIsRefused() {
        long before = probe.count();
        assertThatThrownBy(() -> probe.publish(null)).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(probe.count()).isEqualTo(before);
    }

    @Test
    @Transactional
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        long id = probe.publish(probe.lienHuong());
        for (String sql : List.of("update audit_entry set action = 'forged' where id = :id",
                "delete from audit_entry where id = :id", "truncate audit_entry")) {
            jdbc.sql("savepoint attempt").update();
            assertThatThrownBy(() -> jdbc.sql(sql).param("id", id).update())
                    .as(sql).hasMessageContaining("audit_entry is append-only");
            jdbc.sql("rollback to savepoint attempt").update();
        }
        assertThat(jdbc.sql("select action from audit_entry where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("rename");
    }
}

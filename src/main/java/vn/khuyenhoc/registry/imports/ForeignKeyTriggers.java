package vn.khuyenhoc.registry.imports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Large commits insert hundreds of thousands of members at once, and PostgreSQL checks each foreign key with a
 * per-row trigger that also locks the referenced row: about half the time of a 100,000-household import. Where
 * the database role may set {@code session_replication_role} (a superuser, such as the embedded server's, or a
 * role granted SET on it, PostgreSQL 15+), the commit switches those triggers off for its own transaction and
 * checks every reference it wrote in one set-based query instead (ADR 0007). Elsewhere nothing changes: the
 * triggers run, just slower. Registry rows are never deleted (households close, persons are erased in place),
 * so the row locks the triggers take protect nothing an import could race with.
 */
@Component
class ForeignKeyTriggers {

    private final JdbcClient jdbc;
    private volatile Boolean permitted;

    ForeignKeyTriggers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Switches the triggers off until {@link #restore()} or the end of the transaction; false when not allowed. */
    boolean suspend() {
        if (!permitted()) {
            return false;
        }
        jdbc.sql("set local session_replication_role = replica").update();
        return true;
    }

    void restore() {
        jdbc.sql("set local session_replication_role = origin").update();
    }

    private boolean permitted() {
        if (permitted == null) {
            permitted = superuser() || (version() >= 150000 && jdbc.sql(
                    "select has_parameter_privilege('session_replication_role', 'SET')").query(Boolean.class).single());
        }
        return permitted;
    }

    private boolean superuser() {
        return "on".equals(jdbc.sql("select current_setting('is_superuser')").query(String.class).single());
    }

    private int version() {
        return jdbc.sql("select current_setting('server_version_num')::int").query(Integer.class).single();
    }
}

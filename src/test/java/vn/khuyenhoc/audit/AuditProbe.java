package vn.khuyenhoc.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.Units;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/** Test helper: signs in demo users and publishes audited changes that are easy to find again. */
class AuditProbe {

    static final String ENTITY = "audit-probe";
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final UserDetailsService users;
    private final Units units;

    AuditProbe(ApplicationEventPublisher events, JdbcClient jdbc, UserDetailsService users, Units units) {
        this.events = events;
        this.jdbc = jdbc;
        this.users = users;
        this.units = units;
    }

    /** A change recorded by a module: before and after, optionally a bulk's affected ids. */
    record Change(AuditEntry entry) implements Audited {
        @Override
        public AuditEntry audit() {
            return entry;
        }
    }

    /** Publishes a change in the given unit (null: national) and returns the id of the entry it wrote. */
    long publish(Long unitId) {
        events.publishEvent(new Change(AuditEntry.change(ENTITY, 4242, "rename", unitId,
                Map.of("name", "Thị trấn Nhà Bè"), Map.of("name", "Xã Nhà Bè"))));
        return latestId();
    }

    void publishBulk(Long unitId, List<Long> affected) {
        events.publishEvent(new Change(AuditEntry.bulk(ENTITY, "import", unitId, Map.of("rows", affected.size()),
                affected)));
    }

    long latestId() {
        return jdbc.sql("select max(id) from audit_entry").query(Long.class).single();
    }

    long count() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    UserDetails user(String username) {
        return users.loadUserByUsername(username);
    }

    void signInAs(String username) {
        var principal = user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    long lienHuong() {
        return commune("22969");
    }

    long nhaBe() {
        return commune("27655");
    }

    private long commune(String code) {
        return units.byCode(code, UnitKind.COMMUNE, LocalDate.now()).orElseThrow().unitId();
    }
}

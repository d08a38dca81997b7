package vn.khuyenhoc.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.khuyenhoc.accounts.security.SignedInUser;

/**
 * The one scope guard (ADR 0003). A user sees and changes only what lies in their area's subtree on today's map:
 * a unit is inside when one of its paths in {@code geography_unit_scope} starts with one of the paths of the
 * user's own unit. Administrators see everything; read-only roles change nothing. The request interceptor asks
 * it before every handler, and each module's API asks it again before it writes.
 */
@Service
public class AreaGuard {

    /**
     * The area of a record that belongs to the whole country rather than to a unit, such as an administrator's
     * account: an {@link AreaResolver} answers it for such records, and only administrators cover it. Unit ids
     * start at 1, so it never names a unit.
     */
    public static final long WHOLE_COUNTRY = 0L;
    private final JdbcClient jdbc;
    private final Map<String, AreaResolver> resolvers;

    AreaGuard(JdbcClient jdbc, List<AreaResolver> resolvers) {
        this.jdbc = jdbc;
        this.resolvers = resolvers.stream().collect(Collectors.toMap(AreaResolver::kind, Function.identity()));
    }

    /** The signed-in user, if any. */
    public Optional<CurrentUser> currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user.current());
        }
        return Optional.empty();
    }

    public CurrentUser requireUser() {
        return currentUser().orElseThrow(AccessDenied::new);
    }

    public boolean canRead(long unitId) {
        return currentUser().map(user -> covers(user, unitId)).orElse(false);
    }

    public boolean canWrite(long unitId) {
        return currentUser().map(user -> !user.role().readOnly() && covers(user, unitId)).orElse(false);
    }

    public void requireRead(long unitId) {
        if (!canRead(unitId)) {
            throw new AccessDenied();
        }
    }

    public void requireWrite(long unitId) {
        if (!canWrite(unitId)) {
            throw new AccessDenied();
        }
    }

    /**
     * Checks a record of any registered kind (see {@link AreaResolver}); empty when it does not exist. A record
     * that belongs to several units (a person: their households' villages and their organisations' communes) is
     * within reach when one of them is.
     */
    public Optional<Boolean> allows(String kind, long id, boolean write) {
        var resolver = resolvers.get(kind);
        if (resolver == null) {
            throw new IllegalStateException("No area resolver for kind " + kind);
        }
        Collection<Long> units = resolver.unitsOf(id);
        if (units.isEmpty()) {
            return Optional.empty();
        }
        var user = currentUser();
        if (user.isPresent() && user.get().role().personalScope() && !resolver.withinPersonalScope(user.get(), id)) {
            return Optional.of(false);
        }
        if (!write && resolver.readableFromBelow() && user.isPresent()
                && units.stream().anyMatch(unit -> liesInside(user.get(), unit))) {
            return Optional.of(true);
        }
        return Optional.of(units.stream().anyMatch(unit -> write ? canWrite(unit) : canRead(unit)));
    }

    /** The path prefixes of the user's area on today's map ("/" for the whole country). */
    public List<String> scopePaths(CurrentUser user) {
        if (user.isAdmin() || user.unitId() == null) {
            return List.of("/");
        }
        return jdbc.sql("select path from geography_unit_scope where unit_id = :unit order by path")
                .param("unit", user.unitId()).query(String.class).list();
    }

    /** The paths of the signed-in user's area. */
    public List<String> currentScopePaths() {
        return scopePaths(requireUser());
    }

    /** Scope paths as patterns for {@code path like any (:prefixes)}: everything under each of them. */
    public static String[] likePrefixes(List<String> paths) {
        return paths.stream().map(path -> path + "%").toArray(String[]::new);
    }

    /** Whether the user's own area lies inside the unit (a branch officer's village inside its commune). */
    private boolean liesInside(CurrentUser user, long unitId) {
        if (user.unitId() == null) {
            return false;
        }
        return jdbc.sql("""
                select exists (
                    select 1 from geography_unit_scope own
                    join geography_unit_scope target on own.path like target.path || '%'
                    where own.unit_id = :own and target.unit_id = :target)""")
                .param("own", user.unitId()).param("target", unitId).query(Boolean.class).single();
    }

    /** Whether a unit lies in the user's area. */
    public boolean covers(CurrentUser user, long unitId) {
        if (user.isAdmin()) {
            return true;
        }
        if (user.unitId() == null || unitId == WHOLE_COUNTRY) {
            return false;
        }
        return jdbc.sql("""
                select exists (
                    select 1 from geography_unit_scope target
                    join geography_unit_scope own on target.path like own.path || '%'
                    where target.unit_id = :target and own.unit_id = :own)""")
                .param("target", unitId).param("own", user.unitId()).query(Boolean.class).single();
    }
}

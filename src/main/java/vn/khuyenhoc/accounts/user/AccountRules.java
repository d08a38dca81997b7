package vn.khuyenhoc.accounts.user;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.accounts.user.Problem.Column;

/**
 * Who may hand out which account: a manager gives only roles below their own ({@link Role#manageable()}), only
 * with an area inside their own subtree, and the area is a unit of the kind the role needs. An administrator
 * has no area. The same rules check a form, an API call and every row of an imported list.
 */
@Component
class AccountRules {

    private final AreaGuard guard;
    private final Areas areas;

    AccountRules(AreaGuard guard, Areas areas) {
        this.guard = guard;
        this.areas = areas;
    }

    /** The area the role and code lead to, with every problem found; the area is null for an administrator. */
    Checked check(CurrentUser actor, Role role, String areaCode) {
        var problems = new ArrayList<Problem>();
        if (role == null) {
            problems.add(Problem.of(Column.ROLE, "accounts.user.roleRequired"));
            return new Checked(null, problems);
        }
        if (!actor.role().manageable().contains(role)) {
            problems.add(Problem.of(Column.ROLE, "accounts.user.roleNotAllowed", roleName(role)));
        }
        Area area = role == Role.ADMIN ? noArea(areaCode, problems) : area(actor, role, areaCode, problems);
        return new Checked(area, problems);
    }

    /** Refuses when the actor may not manage this existing account (not below them, or outside their area). */
    void requireManageable(CurrentUser actor, UserRow target) {
        if (!canManage(actor, target)) {
            throw new AccessDenied();
        }
    }

    boolean canManage(CurrentUser actor, UserRow target) {
        if (actor.id() == target.id() || !actor.role().manageable().contains(target.role())) {
            return false;
        }
        return target.unitId() == null ? actor.isAdmin() : guard.covers(actor, target.unitId());
    }

    private Area noArea(String areaCode, List<Problem> problems) {
        if (areaCode != null && !areaCode.isBlank()) {
            problems.add(Problem.of(Column.AREA, "accounts.user.adminHasNoArea"));
        }
        return null;
    }

    private Area area(CurrentUser actor, Role role, String areaCode, List<Problem> problems) {
        if (areaCode == null || areaCode.isBlank()) {
            problems.add(Problem.of(Column.AREA, "accounts.user.areaRequired"));
            return null;
        }
        Area area = areas.byCode(areaCode).orElse(null);
        if (area == null) {
            problems.add(Problem.of(Column.AREA, "accounts.user.areaUnknown", areaCode.trim()));
            return null;
        }
        if (role.areaKind() != null && !role.areaKind().equals(area.kind())) {
            problems.add(Problem.of(Column.AREA, "accounts.user.areaWrongKind", area.code(), kindName(area.kind()),
                    roleName(role), kindName(role.areaKind())));
        } else if (!guard.covers(actor, area.unitId())) {
            problems.add(Problem.of(Column.AREA, "accounts.user.areaOutsideScope", area.code()));
        }
        return area;
    }

    static DefaultMessageSourceResolvable roleName(Role role) {
        return new DefaultMessageSourceResolvable("role." + role.name());
    }

    static DefaultMessageSourceResolvable kindName(String kind) {
        return new DefaultMessageSourceResolvable("accounts.kind." + kind);
    }

    /** The outcome of {@link #check}: the area (null for an administrator or when unknown) and the problems. */
    record Checked(Area area, List<Problem> problems) {

        Checked {
            problems = List.copyOf(problems);
        }

        Long unitId() {
            return area == null ? null : area.unitId();
        }

        void throwIfInvalid() {
            if (!problems.isEmpty()) {
                throw problems.get(0).asError();
            }
        }
    }
}

package vn.khuyenhoc.registry.person;

import java.util.Collection;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaResolver;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.accounts.Role;

/**
 * For the guard, {@code @Access(area = "id", kind = "person")}: a person lies in the villages of their households
 * and the communes of their organisations, and is reachable from any of them. A citizen reaches only their own
 * record, a unit officer the people who are or were on their organisation's staff.
 */
@Component
class PersonAreaResolver implements AreaResolver {

    private final PersonReads reads;

    PersonAreaResolver(PersonReads reads) {
        this.reads = reads;
    }

    @Override
    public String kind() {
        return "person";
    }

    @Override
    public Collection<Long> unitsOf(long id) {
        return reads.unitsOf(id);
    }

    @Override
    public boolean withinPersonalScope(CurrentUser user, long id) {
        if (user.role() == Role.CITIZEN) {
            return user.personId() != null && user.personId() == id;
        }
        if (user.role() == Role.UNIT_OFFICER) {
            return user.organisationId() != null && reads.staffOf(id, user.organisationId());
        }
        return false;
    }
}

package vn.khuyenhoc.registry.organisation;

import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaGuard;

/**
 * Who may change an organisation's page (reading is the guard's, at the door): officers by area, a
 * unit officer their own organisation only.
 */
@Component
class OrganisationAccess {

    private final AreaGuard guard;

    OrganisationAccess(AreaGuard guard) {
        this.guard = guard;
    }

    /** The details and the staff: officers of the area and the organisation's own unit officer. */
    boolean canEdit(long organisationId) {
        return guard.allows("organisation", organisationId, true).orElse(false);
    }

    /** Closing, the code and the unit officer's account: officers of the area only. */
    boolean canManage(long communeId) {
        return !guard.requireUser().role().personalScope() && guard.canWrite(communeId);
    }
}

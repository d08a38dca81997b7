package vn.khuyenhoc.registry.organisation;

import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.registry.common.CommuneArea;

/**
 * Who may see and change an organisation's page: officers by area (a branch officer reads their commune's), a
 * unit officer their own organisation only.
 */
@Component
class OrganisationAccess {

    private final AreaGuard guard;
    private final CommuneArea area;

    OrganisationAccess(AreaGuard guard, CommuneArea area) {
        this.guard = guard;
        this.area = area;
    }

    void requireRead(OrganisationQueries.OrganisationRow organisation) {
        if (guard.requireUser().role().personalScope()) {
            if (!guard.allows("organisation", organisation.id(), false).orElse(false)) {
                throw new AccessDenied();
            }
            return;
        }
        area.requireRead(organisation.communeId());
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

package vn.khuyenhoc.registry;

import java.util.HashMap;
import java.util.Map;
import vn.khuyenhoc.registry.organisation.OrganisationRecords;
import vn.khuyenhoc.registry.organisation.OrganisationRecords.Organisation;

/** What the audit log keeps of an organisation: codes, ids and figures, no names or phones. */
final class OrganisationAudit {

    private OrganisationAudit() {
    }

    static Map<String, Object> of(OrganisationRecords.Values values) {
        var map = new HashMap<String, Object>();
        map.put("code", values.code());
        map.put("kind", values.kind().name());
        map.put("managingLevel", values.managingLevel().name());
        map.put("staffCount", String.valueOf(values.staffCount()));
        map.put("villageId", String.valueOf(values.villageId()));
        map.put("since", values.since().toString());
        return map;
    }

    static Map<String, Object> of(Organisation organisation) {
        return of(new OrganisationRecords.Values(organisation.code(), organisation.name(), organisation.kind(),
                organisation.managingLevel(), organisation.staffCount(), organisation.villageId(), null, null,
                organisation.since()));
    }
}

package vn.khuyenhoc.registry;

import java.util.LinkedHashMap;
import java.util.List;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/** The demo registry of a commune was loaded: one audit entry listing the households it created, no names. */
public record RegistryDemoLoaded(long communeId, int households, int persons, int clans, int organisations,
                                 int staff, List<Long> householdIds) implements Audited {

    public RegistryDemoLoaded {
        householdIds = List.copyOf(householdIds);
    }

    @Override
    public AuditEntry audit() {
        var summary = new LinkedHashMap<String, Object>();
        summary.put("households", households);
        summary.put("persons", persons);
        summary.put("clans", clans);
        summary.put("organisations", organisations);
        summary.put("staff", staff);
        return AuditEntry.bulk("registry", "demo-load", communeId, summary, householdIds);
    }
}

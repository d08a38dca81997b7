package vn.khuyenhoc.criteria;

import java.util.List;
import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/** The bundled sets missing from the database were loaded at start-up: one entry for all of them. */
public record CriteriaSetsLoaded(List<String> codes, List<Long> setIds) implements Audited {

    @Override
    public AuditEntry audit() {
        return AuditEntry.bulk("criteria-set", "bundle", null, Map.of("codes", codes), setIds);
    }
}

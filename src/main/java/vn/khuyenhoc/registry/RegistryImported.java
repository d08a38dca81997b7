package vn.khuyenhoc.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/**
 * A registry import was committed: one audit entry for the whole file. Its affected ids are the records created
 * or changed ({@code entity}: household, clan or organisation) followed by the persons created or changed; the
 * summary says how many of each, so the list splits without copying any personal data.
 */
public record RegistryImported(long importId, String entity, Long unitId, List<Long> recordIds,
                               List<Long> personIds) implements Audited {

    public RegistryImported {
        recordIds = List.copyOf(recordIds);
        personIds = List.copyOf(personIds);
    }

    @Override
    public AuditEntry audit() {
        var summary = new LinkedHashMap<String, Object>();
        summary.put("import", importId);
        summary.put(entity + "s", recordIds.size());
        summary.merge("persons", personIds.size(), (records, persons) -> (Integer) records + (Integer) persons);
        var affected = new ArrayList<Long>(recordIds.size() + personIds.size());
        affected.addAll(recordIds);
        affected.addAll(personIds);
        return AuditEntry.bulk(entity, "import", unitId, summary, affected);
    }
}

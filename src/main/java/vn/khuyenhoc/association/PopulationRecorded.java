package vn.khuyenhoc.association;

import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/** The population of an area for a year was entered or corrected. */
public record PopulationRecorded(long unitId, int year, Long before, long population) implements Audited {

    @Override
    public AuditEntry audit() {
        return AuditEntry.change("association-population", unitId, "record", unitId,
                before == null ? null : Map.of("year", year, "population", before),
                Map.of("year", year, "population", population));
    }
}

package vn.khuyenhoc.association;

import java.util.List;
import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/** Populations were imported from a sheet: one audit entry with the units concerned. */
public record PopulationsImported(int rows, List<Long> unitIds) implements Audited {

    @Override
    public AuditEntry audit() {
        return AuditEntry.bulk("association-population", "import", null, Map.of("rows", rows), unitIds);
    }
}

package vn.khuyenhoc.geography.imports;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.geography.ImportFormat;
import vn.khuyenhoc.geography.ImportPreview;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.Text;

/**
 * The work behind {@link vn.khuyenhoc.geography.MapImports}: reads a file in its format, plans it against the
 * map, and writes the plan. A malformed file fails while it is read or planned, before anything is written.
 */
@Component
public class Importer {

    private final JdbcClient jdbc;
    private final ImportStore store;
    private final VillageMoves villages;
    private final PlanWriter writer;
    private final ImportPermissions permissions;

    Importer(JdbcClient jdbc, ImportStore store, VillageMoves villages, PlanWriter writer,
             ImportPermissions permissions) {
        this.jdbc = jdbc;
        this.store = store;
        this.villages = villages;
        this.writer = writer;
        this.permissions = permissions;
    }

    /** What a commit did: the result, a summary for the audit log and every unit it touched. */
    public record Committed(ImportPreview preview, Map<String, Object> summary, List<Long> affectedIds) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ImportPreview preview(ImportFormat format, String fileName, byte[] content, CurrentUser user) {
        permissions.requireFormat(format, user);
        String name = Text.normaliseOrNull(fileName) == null ? format.name() : Text.normalise(fileName);
        ImportPlan plan = plan(format, content);
        permissions.requireWithinArea(plan, user);
        long id = store.save(format, name, content, user == null ? null : user.id());
        store.summarise(id, plan.counts(), user == null ? null : user.username(), false);
        return plan.preview(id, format, name, false);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Committed commit(long importId, CurrentUser user) {
        var stored = store.lock(importId);
        permissions.requireFormat(stored.format(), user);
        permissions.requireOwnUpload(stored, user);
        if (stored.committedAt() != null) {
            throw new InvalidInput("geography.import.alreadyCommitted", importId);
        }
        ImportPlan plan = plan(stored.format(), stored.content());
        permissions.requireWithinArea(plan, user);
        Set<Long> touched = writer.write(plan, importId);
        store.summarise(importId, plan.counts(), user == null ? null : user.username(), true);
        var summary = ImportStore.summary(plan.counts(), user == null ? null : user.username(), true);
        summary.put("format", stored.format().name());
        summary.put("fileName", stored.fileName());
        return new Committed(plan.preview(importId, stored.format(), stored.fileName(), true), summary,
                List.copyOf(touched));
    }

    ImportPlan plan(ImportFormat format, byte[] content) {
        return switch (format) {
            case UNITS_BEFORE_REFORM -> SnapshotPlanner.beforeReform(index(List.of()))
                    .plan(BeforeReformParser.parse(content));
            case UNITS_AFTER_REFORM -> SnapshotPlanner.afterReform(index(List.of()))
                    .plan(AfterReformParser.parse(content));
            case UNITS_CSV -> csv(UnitsCsvParser.parse(content));
            case LINEAGE_2025 -> lineage(LineageParser.parse(content));
        };
    }

    private ImportPlan csv(List<UnitRecord> records) {
        List<String> villageCodes = records.stream().map(UnitRecord::code).distinct().toList();
        return new CsvPlanner(index(villageCodes)).plan(records);
    }

    private ImportPlan lineage(List<LinkRecord> records) {
        var planner = new LineagePlanner(index(List.of()), ExistingLineage.load(jdbc, DateRange.REFORM));
        PlanBuilder plan = planner.plan(records);
        villages.plan(planner.moves(), planner.splits(), DateRange.REFORM, plan);
        return plan.build();
    }

    private MapIndex index(List<String> villageCodes) {
        return MapIndex.load(jdbc, villageCodes);
    }
}

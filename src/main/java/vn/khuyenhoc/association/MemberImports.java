package vn.khuyenhoc.association;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.association.imports.ImportChecks;
import vn.khuyenhoc.association.imports.ImportChecks.Checked;
import vn.khuyenhoc.association.imports.MemberImportStore;
import vn.khuyenhoc.association.imports.MemberSheet;
import vn.khuyenhoc.association.member.MembershipRecords;
import vn.khuyenhoc.association.structure.StructureRecords;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;

/**
 * Imports a member list into a commune's association: the upload is checked whole and previewed with every
 * problem by row and column; the commit checks it again and writes all rows or none, with one audit entry.
 */
@Service
public class MemberImports {

    private final MemberImportStore store;
    private final ImportChecks checks;
    private final StructureRecords structure;
    private final MembershipRecords records;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;

    MemberImports(MemberImportStore store, ImportChecks checks, StructureRecords structure, MembershipRecords records,
                  AreaGuard guard, ApplicationEventPublisher events) {
        this.store = store;
        this.checks = checks;
        this.structure = structure;
        this.records = records;
        this.guard = guard;
        this.events = events;
    }

    /** What the preview shows: how many rows are ready and every problem. */
    public record Preview(long importId, String fileName, int ready, List<ImportChecks.Problem> problems) {
    }

    @Transactional
    public Preview upload(long associationId, String fileName, byte[] content) {
        long commune = requireAssociation(associationId);
        if (content == null || content.length == 0) {
            throw new InvalidInput("association.import.noFile");
        }
        var lines = MemberSheet.read(content);
        long id = store.save(associationId, guard.requireUser().id(), fileName == null ? "" : fileName, content);
        var checked = checks.check(associationId, commune, lines);
        return new Preview(id, fileName, checked.rows().size(), checked.problems());
    }

    @Transactional
    public int commit(long importId) {
        var stored = requireOwn(importId);
        if (stored.committed()) {
            throw new InvalidInput("association.import.alreadyCommitted");
        }
        long commune = requireAssociation(stored.assocUnitId());
        Checked checked = checks.check(stored.assocUnitId(), commune, MemberSheet.read(stored.content()));
        if (!checked.problems().isEmpty() || checked.rows().isEmpty()) {
            throw new InvalidInput("association.import.hasProblems", checked.problems().size());
        }
        var ids = new ArrayList<Long>();
        String prefix = structure.unitCode(stored.assocUnitId());
        for (var row : checked.rows()) {
            String card = row.card() != null ? row.card() : records.nextCard(stored.assocUnitId(), prefix);
            ids.add(records.insert(stored.assocUnitId(), row.personId(), card, row.joinedOn(), row.branchId()));
        }
        store.committed(importId);
        events.publishEvent(new MembersImported(importId, stored.assocUnitId(), commune, ids));
        return ids.size();
    }

    private MemberImportStore.Stored requireOwn(long importId) {
        CurrentUser user = guard.requireUser();
        return store.find(importId).filter(s -> user.isAdmin() || s.userId() == user.id())
                .orElseThrow(() -> new NotFound("import", importId));
    }

    /**
     * The association must be an open commune association the user reads (a branch officer: their commune's);
     * each row is then checked against the user's right to write its branch's village.
     */
    private long requireAssociation(long associationId) {
        var unit = structure.unit(associationId).orElseThrow(() -> new NotFound("association", associationId));
        if (!unit.level().equals(AssociationLevel.COMMUNE.name()) || unit.validTo() != null) {
            throw new InvalidInput("association.unit.notOpenCommune");
        }
        if (guard.requireUser().role().readOnly() || !guard.allows("association", associationId, false).orElse(false)) {
            throw new vn.khuyenhoc.accounts.AccessDenied();
        }
        return unit.geoUnitId();
    }
}

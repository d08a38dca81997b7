package vn.khuyenhoc.registry.imports;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.registry.RegistryImported;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.UserFacingException;

/**
 * The two long steps of an import, run by {@link ImportTasks} in the background (and directly by tests): reading
 * a file into a preview, and committing a preview. A step that fails leaves the import REFUSED or FAILED with a
 * message and nothing written to the registry.
 */
@Component
class ImportWork {

    private static final Logger LOG = LoggerFactory.getLogger(ImportWork.class);
    private final ImportParser parser;
    private final ImportRecords store;
    private final HouseholdFileChecks householdFileChecks;
    private final HouseholdStager householdStager;
    private final RecordStager recordStager;
    private final HouseholdCommit householdCommit;
    private final RecordCommit recordCommit;
    private final CitizenStager citizenStager;
    private final CitizenCommit citizenCommit;
    private final TransactionTemplate transaction;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;

    ImportWork(ImportParser parser, ImportRecords store, HouseholdFileChecks householdFileChecks,
               HouseholdStager householdStager, RecordStager recordStager, HouseholdCommit householdCommit,
               RecordCommit recordCommit, CitizenStager citizenStager, CitizenCommit citizenCommit,
               TransactionTemplate transaction, AreaGuard guard, ApplicationEventPublisher events) {
        this.citizenStager = citizenStager;
        this.citizenCommit = citizenCommit;
        this.parser = parser;
        this.store = store;
        this.householdFileChecks = householdFileChecks;
        this.householdStager = householdStager;
        this.recordStager = recordStager;
        this.householdCommit = householdCommit;
        this.recordCommit = recordCommit;
        this.transaction = transaction;
        this.guard = guard;
        this.events = events;
    }

    /** Reads, checks and stages a file; the import ends READY (a preview) or REFUSED. */
    void read(long id, ImportKind kind, String fileName, Path file, CurrentUser user) {
        try {
            long start = System.nanoTime();
            ParsedFile parsed = parser.parse(kind, fileName, file, rows -> store.progress(id, "reading", rows));
            LOG.debug("Import {}: {} rows read in {} ms", id, parsed.rows(), (System.nanoTime() - start) / 1_000_000);
            store.progress(id, "checking", parsed.rows());
            transaction.executeWithoutResult(status -> preview(id, parsed, user));
            LOG.debug("Import {}: previewed {} ms after the start", id, (System.nanoTime() - start) / 1_000_000);
        } catch (UserFacingException refused) {
            store.refused(id, "REFUSED", refused.messageKey(), refused.arguments());
        } catch (RuntimeException e) {
            LOG.error("Import {} could not be read", id, e);
            store.refused(id, "REFUSED", "registry.imports.failed", new Object[0]);
        }
    }

    private void preview(long id, ParsedFile parsed, CurrentUser user) {
        try {
            Map<String, Integer> counts = new LinkedHashMap<>();
            if (parsed.kind() == ImportKind.HOUSEHOLDS) {
                long start = System.nanoTime();
                var resolved = householdFileChecks.resolve(parsed, user);
                LOG.debug("Import {}: checked in {} ms", id, (System.nanoTime() - start) / 1_000_000);
                if (parsed.problems().isEmpty()) {
                    store.progress(id, "staging", parsed.rows());
                    counts.putAll(householdStager.stage(id, resolved));
                    LOG.debug("Import {}: checked and staged in {} ms", id, (System.nanoTime() - start) / 1_000_000);
                }
            } else if (parsed.kind() == ImportKind.CITIZENS) {
                var resolved = citizenStager.resolve(parsed, user);
                if (parsed.problems().isEmpty()) {
                    store.progress(id, "staging", parsed.rows());
                    counts.putAll(citizenStager.stage(id, resolved));
                }
            } else {
                var resolved = recordStager.resolve(parsed, user);
                if (parsed.problems().isEmpty()) {
                    store.progress(id, "staging", parsed.rows());
                    counts.putAll(recordStager.stage(id, parsed.kind(), resolved));
                }
            }
            counts.put("normalised", parsed.normalised());
            counts.put("rows", parsed.rows());
            store.ready(id, parsed.rows(), counts, parsed.problems());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Commits a claimed preview in one transaction, with its one audit entry; FAILED and nothing written if not. */
    void commit(long id, ImportKind kind, CurrentUser user) {
        try {
            transaction.executeWithoutResult(status -> write(id, kind, user));
        } catch (UserFacingException refused) {
            store.refused(id, "FAILED", refused.messageKey(), refused.arguments());
        } catch (RuntimeException e) {
            LOG.error("Import {} could not be committed", id, e);
            store.refused(id, "FAILED", "registry.imports.failed", new Object[0]);
        }
        store.deleteStaged(id);
    }

    private void write(long id, ImportKind kind, CurrentUser user) {
        int staged = switch (kind) {
            case HOUSEHOLDS -> householdCommit.staged(id);
            case CITIZENS -> citizenCommit.staged(id);
            default -> recordCommit.staged(id, kind);
        };
        if (staged == 0) {
            throw new InvalidInput("registry.imports.expired");
        }
        long start = System.nanoTime();
        stillAllowed(id, kind, user);
        var affected = switch (kind) {
            case HOUSEHOLDS -> householdCommit.commit(id, store.find(id).orElseThrow().counts());
            case CITIZENS -> citizenCommit.commit(id);
            default -> recordCommit.commit(id, kind);
        };
        LOG.debug("Import {}: written in {} ms", id, (System.nanoTime() - start) / 1_000_000);
        String entity = switch (kind) {
            case HOUSEHOLDS -> "household";
            case CLANS -> "clan";
            case ORGANISATIONS -> "organisation";
            case CITIZENS -> "person";
        };
        events.publishEvent(new RegistryImported(id, entity, user.unitId(), affected.records(), affected.persons()));
        store.committed(id);
        LOG.debug("Import {}: audited {} ms after the start of the commit", id, (System.nanoTime() - start) / 1_000_000);
    }

    /** The guard again at commit time, once per village or commune of the file: the user's area may have changed. */
    private void stillAllowed(long id, ImportKind kind, CurrentUser user) {
        for (long unit : store.stagedUnits(id, kind)) {
            if (user.role().readOnly() || !guard.covers(user, unit)) {
                throw new InvalidInput("registry.imports.outsideAreaNow");
            }
        }
    }
}

package vn.khuyenhoc.round;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.round.store.EvidenceStore;
import vn.khuyenhoc.round.store.RegistrationStore;
import vn.khuyenhoc.round.store.RoundStore;

/**
 * Evidence files (minh chứng) of a registration: checked by content (PDF, JPEG, PNG) and size, named by a
 * sanitised label, stored under a path the server chooses (year / random id) below the configured directory.
 * Whoever may score the registration attaches; whoever may read it opens.
 */
@Service
public class Evidence {

    private final EvidenceStore store;
    private final RegistrationStore registrations;
    private final RoundStore rounds;
    private final ChainGuard chains;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;
    private final Path directory;

    Evidence(EvidenceStore store, RegistrationStore registrations, RoundStore rounds, ChainGuard chains,
             AreaGuard guard, ApplicationEventPublisher events,
             @Value("${khuyenhoc.round.evidence-directory:data/evidence}") Path directory) {
        this.store = store;
        this.registrations = registrations;
        this.rounds = rounds;
        this.chains = chains;
        this.guard = guard;
        this.events = events;
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** An opened file: its label, its checked type and its bytes. */
    public record Opened(String fileName, String contentType, byte[] content) {
    }

    @Transactional
    public long attach(long registrationId, String nodeCode, String originalName, byte[] content) {
        Registration registration = registrations.find(registrationId)
                .orElseThrow(() -> new NotFound("registration", registrationId));
        RoundView round = rounds.find(registration.roundId()).orElseThrow();
        CurrentUser user = chains.requireStep(round, Step.SCORE, registration.subjectKind(),
                registration.subjectId());
        if (content.length == 0 || content.length > EvidenceTypes.MAX_BYTES) {
            throw new InvalidInput("round.evidence.size", EvidenceTypes.MAX_BYTES / (1024 * 1024));
        }
        String type = EvidenceTypes.detect(content).orElseThrow(() -> new InvalidInput("round.evidence.type"));
        String relative = Year.now().getValue() + "/" + UUID.randomUUID();
        write(directory.resolve(relative), content);
        long id = store.insert(registrationId, nodeCode, EvidenceTypes.sanitise(originalName), type, content.length,
                relative, user.id());
        events.publishEvent(RoundChanged.one("evidence", id, "attach", registration.subjectUnitId(),
                Map.of("registration", registrationId, "type", type, "size", content.length)));
        return id;
    }

    @Transactional(readOnly = true)
    public List<EvidenceFile> of(long registrationId) {
        requireRead(registrationId);
        return store.ofRegistration(registrationId);
    }

    @Transactional(readOnly = true)
    public Opened open(long registrationId, long evidenceId) {
        requireRead(registrationId);
        EvidenceFile file = store.find(evidenceId).filter(f -> f.registrationId() == registrationId)
                .orElseThrow(() -> new NotFound("evidence", evidenceId));
        Path path = directory.resolve(store.storedPath(evidenceId)).normalize();
        if (!path.startsWith(directory)) {
            throw new NotFound("evidence", evidenceId);
        }
        try {
            return new Opened(file.fileName(), file.contentType(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new NotFound("evidence", evidenceId);
        }
    }

    private void requireRead(long registrationId) {
        if (!guard.allows("registration", registrationId, false).orElse(false)) {
            throw new AccessDenied();
        }
    }

    private static void write(Path path, byte[] content) {
        try {
            Files.createDirectories(path.getParent());
            Files.write(path, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

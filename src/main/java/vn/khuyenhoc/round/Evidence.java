package vn.khuyenhoc.round;

import java.util.List;
import java.util.Map;
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
    private final EvidenceFiles files;

    Evidence(EvidenceStore store, RegistrationStore registrations, RoundStore rounds, ChainGuard chains,
             AreaGuard guard, ApplicationEventPublisher events, EvidenceFiles files) {
        this.store = store;
        this.registrations = registrations;
        this.rounds = rounds;
        this.chains = chains;
        this.guard = guard;
        this.events = events;
        this.files = files;
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
        String type = EvidenceFiles.checkedType(content);
        String relative = files.store(content);
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
        byte[] content = files.read(store.storedPath(evidenceId)).orElseThrow(() -> new NotFound("evidence", evidenceId));
        return new Opened(file.fileName(), file.contentType(), content);
    }

    private void requireRead(long registrationId) {
        if (!guard.allows("registration", registrationId, false).orElse(false)) {
            throw new AccessDenied();
        }
    }
}

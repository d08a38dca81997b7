package vn.khuyenhoc.round;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.round.store.EvidenceStore;
import vn.khuyenhoc.shared.NotFound;

/**
 * The signed, stamped scan (bản quét) of a decision, kept with it: a PDF, JPEG or PNG checked like evidence, stored
 * under a path the server chooses. Whoever may recognise in the round uploads and opens it; each upload is audited.
 */
@Service
public class DecisionScans {

    private final DecisionPapers papers;
    private final EvidenceStore store;
    private final EvidenceFiles files;
    private final ChainGuard chains;
    private final ApplicationEventPublisher events;

    DecisionScans(DecisionPapers papers, EvidenceStore store, EvidenceFiles files, ChainGuard chains,
                  ApplicationEventPublisher events) {
        this.papers = papers;
        this.store = store;
        this.files = files;
        this.chains = chains;
        this.events = events;
    }

    @Transactional
    public long attach(long roundId, long decisionId, String originalName, byte[] content) {
        DecisionView decision = requireDecision(roundId, decisionId);
        RoundView round = papers.roundOf(roundId);
        CurrentUser user = chains.requireStep(round, Step.RECOGNISE);
        String type = EvidenceFiles.checkedType(content);
        String label = EvidenceTypes.sanitise(originalName, "ban-quet-quyet-dinh");
        long id = store.insertScan(decision.id(), label, type, content.length, files.store(content), user.id());
        events.publishEvent(RoundChanged.one("decision-scan", id, "attach", round.areaUnitId(),
                Map.of("decision", decisionId, "number", decision.number(), "type", type, "size", content.length)));
        return id;
    }

    @Transactional(readOnly = true)
    public List<DecisionScan> of(long roundId, long decisionId) {
        requireDecision(roundId, decisionId);
        return store.scansOf(decisionId);
    }

    @Transactional(readOnly = true)
    public Evidence.Opened open(long roundId, long decisionId, long scanId) {
        requireDecision(roundId, decisionId);
        DecisionScan scan = store.findScan(scanId).filter(s -> s.decisionId() == decisionId)
                .orElseThrow(() -> new NotFound("decision-scan", scanId));
        byte[] content = files.read(store.storedPath(scanId)).orElseThrow(() -> new NotFound("decision-scan", scanId));
        return new Evidence.Opened(scan.fileName(), scan.contentType(), content);
    }

    /** A decision of the round, for someone who may recognise there. */
    private DecisionView requireDecision(long roundId, long decisionId) {
        DecisionView decision = papers.decision(roundId, decisionId);
        chains.requireStep(papers.roundOf(roundId), Step.RECOGNISE);
        return decision;
    }
}

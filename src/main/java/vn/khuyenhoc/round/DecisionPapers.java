package vn.khuyenhoc.round;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.criteria.CriteriaSets;
import vn.khuyenhoc.documents.Certificate;
import vn.khuyenhoc.documents.Documents;
import vn.khuyenhoc.round.store.DecisionStore;
import vn.khuyenhoc.round.store.PaperStore;
import vn.khuyenhoc.round.store.RoundStore;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.shared.Text;

/**
 * The paperwork of a round, rendered by the documents module from what the round stores: a decision as PDF and
 * .docx, a proposal's dossier (tờ trình, biên bản họp xét, danh sách đề nghị) as .docx, and certificates. The
 * decision's papers need the right to recognise in the round's area, the dossier the right to propose; one
 * certificate is for whoever may read its subject. Each paper handed out is logged (it names people).
 */
@Service
public class DecisionPapers {

    private final PaperStore store;
    private final RoundStore rounds;
    private final DecisionStore decisions;
    private final CriteriaSets criteria;
    private final ChainGuard chains;
    private final AreaGuard guard;
    private final DecisionTexts decisionTexts;
    private final DossierTexts dossierTexts;
    private final Documents documents;
    private final ApplicationEventPublisher events;

    DecisionPapers(PaperStore store, RoundStore rounds, DecisionStore decisions, CriteriaSets criteria, ChainGuard chains, AreaGuard guard,
                   DecisionTexts decisionTexts, DossierTexts dossierTexts, Documents documents,
                   ApplicationEventPublisher events) {
        this.store = store;
        this.rounds = rounds;
        this.decisions = decisions;
        this.criteria = criteria;
        this.chains = chains;
        this.guard = guard;
        this.decisionTexts = decisionTexts;
        this.dossierTexts = dossierTexts;
        this.documents = documents;
        this.events = events;
    }

    /** A file to hand out: its download name, its type and its bytes. */
    public record Paper(String fileName, String contentType, byte[] content) {
    }

    @Transactional(readOnly = true)
    public List<DecisionView> decisionsOf(long roundId) {
        readableRound(roundId);
        return store.decisionsOf(roundId);
    }

    @Transactional(readOnly = true)
    public DecisionView decision(long roundId, long decisionId) {
        readableRound(roundId);
        return decisionIn(roundId, decisionId);
    }

    @Transactional
    public Paper decisionPdf(long roundId, long decisionId) {
        var c = recognitionContext(roundId, decisionId);
        var document = decisionTexts.decision(c, store.recognisedBy(decisionId));
        printed("decision", decisionId, "pdf", c.round());
        return paper("quyet-dinh-" + slug(c.decision().number()) + ".pdf", Documents.PDF,
                out -> documents.decisionPdf(document, out));
    }

    @Transactional
    public Paper decisionDocx(long roundId, long decisionId) {
        var c = recognitionContext(roundId, decisionId);
        var document = decisionTexts.decision(c, store.recognisedBy(decisionId));
        printed("decision", decisionId, "docx", c.round());
        return paper("quyet-dinh-" + slug(c.decision().number()) + ".docx", Documents.DOCX,
                out -> documents.decisionDocx(document, out));
    }

    /** One of a proposal's dossier papers: {@code letter}, {@code minutes} or {@code list}. */
    @Transactional
    public Paper dossier(long roundId, long proposalId, String which) {
        RoundView round = readableRound(roundId);
        chains.requireStep(round, Step.PROPOSE);
        Proposal proposal = decisions.findProposal(proposalId).filter(p -> p.roundId() == roundId)
                .orElseThrow(() -> new NotFound("proposal", proposalId));
        var c = new DossierTexts.Context(round, proposal, store.area(round.areaUnitId()),
                criteria.require(round.criteriaSetId()), ChainGuard.subjectKind(round.title()),
                store.proposedOn(proposalId).orElseThrow(), store.proposedIn(proposalId));
        String name = "-" + round.year() + "-" + proposalId + ".docx";
        if (List.of("letter", "minutes", "list").contains(which)) {
            printed("proposal", proposalId, which, round);
        }
        return switch (which) {
            case "letter" -> paper("to-trinh" + name, Documents.DOCX,
                    out -> documents.proposalLetterDocx(dossierTexts.letter(c), out));
            case "minutes" -> paper("bien-ban-hop-xet" + name, Documents.DOCX,
                    out -> documents.reviewMinutesDocx(dossierTexts.minutes(c), out));
            case "list" -> paper("danh-sach-de-nghi" + name, Documents.DOCX,
                    out -> documents.proposedListDocx(dossierTexts.list(c), out));
            default -> throw new NotFound("dossier", which);
        };
    }

    /** The certificate of one recognition, for whoever may read its subject; none for a revoked title. */
    @Transactional
    public Paper certificate(long recognitionId) {
        var ref = store.recognitionRef(recognitionId).filter(r -> !r.revoked())
                .orElseThrow(() -> new NotFound("recognition", recognitionId));
        if (!guard.allows(ChainGuard.resolverKind(ref.subjectKind()), ref.subjectId(), false).orElse(false)) {
            throw new AccessDenied();
        }
        DecisionView decision = store.decision(ref.decisionId()).orElseThrow();
        var c = context(rounds.find(decision.roundId()).orElseThrow(), decision);
        var subject = store.recognition(recognitionId).orElseThrow();
        byte[] pdf = documents.certificatePdf(decisionTexts.certificate(c, subject));
        printed("recognition", recognitionId, "certificate", c.round());
        return new Paper("giay-cong-nhan-" + slug(subject.registerNumber()) + ".pdf", Documents.PDF, pdf);
    }

    /** Every certificate of a decision, for a batch, from a context checked by {@link #recognitionContext}. */
    List<Certificate> certificatesOf(DecisionTexts.Context c) {
        return store.recognisedBy(c.decision().id()).stream().map(subject -> decisionTexts.certificate(c, subject))
                .toList();
    }

    /** The decision must be a recognition of the round, and the user one who may recognise there. */
    DecisionTexts.Context recognitionContext(long roundId, long decisionId) {
        RoundView round = readableRound(roundId);
        chains.requireStep(round, Step.RECOGNISE);
        DecisionView decision = decisionIn(roundId, decisionId);
        if (!"RECOGNISE".equals(decision.kind())) {
            throw new NotFound("decision", decisionId);
        }
        return context(round, decision);
    }

    private DecisionTexts.Context context(RoundView round, DecisionView decision) {
        return new DecisionTexts.Context(round, decision, store.area(round.areaUnitId()),
                criteria.require(round.criteriaSetId()), ChainGuard.subjectKind(round.title()));
    }

    private DecisionView decisionIn(long roundId, long decisionId) {
        return store.decision(decisionId).filter(d -> d.roundId() == roundId)
                .orElseThrow(() -> new NotFound("decision", decisionId));
    }

    private void printed(String entity, long id, String paper, RoundView round) {
        events.publishEvent(new PaperPrinted(entity, id, paper, round.areaUnitId()));
    }

    /** The round, for one who may read it. */
    RoundView roundOf(long roundId) {
        return readableRound(roundId);
    }

    private RoundView readableRound(long roundId) {
        RoundView round = rounds.find(roundId).orElseThrow(() -> new NotFound("round", roundId));
        if (!guard.allows("round", roundId, false).orElse(false)) {
            throw new AccessDenied();
        }
        return round;
    }

    private static Paper paper(String name, String type, java.util.function.Consumer<java.io.OutputStream> writer) {
        var out = new ByteArrayOutputStream(256 * 1024);
        writer.accept(out);
        return new Paper(name, type, out.toByteArray());
    }

    /** A number as a file name part: "12/QĐ-UBND" becomes "12-qd-ubnd". */
    static String slug(String text) {
        return Text.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}

package vn.khuyenhoc.round;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.criteria.CriteriaSets;
import vn.khuyenhoc.criteria.RuleStyle;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.round.store.DecisionStore;
import vn.khuyenhoc.round.store.EventStore;
import vn.khuyenhoc.round.store.RegistrationStore;
import vn.khuyenhoc.round.store.RoundStore;

/**
 * Proposals (đề nghị), recognition decisions (quyết định công nhận) and revocations, and a subject's titles.
 * Each step over a list is one statement per table and one audit entry, all in one transaction: a failure
 * leaves the whole decision or none of it.
 */
@Service
public class Decisions {

    private final DecisionStore store;
    private final RegistrationStore registrations;
    private final RoundStore rounds;
    private final CriteriaSets criteria;
    private final ChainGuard chains;
    private final AreaGuard guard;
    private final EventStore timeline;
    private final ApplicationEventPublisher events;

    Decisions(DecisionStore store, RegistrationStore registrations, RoundStore rounds, CriteriaSets criteria,
              ChainGuard chains, AreaGuard guard, EventStore timeline, ApplicationEventPublisher events) {
        this.timeline = timeline;
        this.store = store;
        this.registrations = registrations;
        this.rounds = rounds;
        this.criteria = criteria;
        this.chains = chains;
        this.guard = guard;
        this.events = events;
    }

    /** Sends the accepted registrations to the recognising level as one list; refused whole if one is not. */
    @Transactional
    public Proposal propose(long roundId, List<Long> registrationIds) {
        RoundView round = round(roundId);
        CurrentUser user = chains.requireStep(round, Step.PROPOSE);
        List<Long> ids = List.copyOf(new LinkedHashSet<>(registrationIds));
        if (ids.isEmpty()) {
            throw new InvalidInput("round.propose.nothingTicked");
        }
        int moved = registrations.move(roundId, ids, RegistrationStatus.ACCEPTED, RegistrationStatus.PROPOSED);
        if (moved != ids.size()) {
            throw new InvalidInput("round.propose.notAccepted", ids.size() - moved);
        }
        long id = store.insertProposal(roundId, ids, registrations.countInRound(roundId), user.id());
        timeline.record(ids, "PROPOSED", user, null);
        Proposal proposal = store.findProposal(id).orElseThrow();
        events.publishEvent(RoundChanged.bulk("proposal", "propose", round.areaUnitId(), Map.of("round", roundId,
                "proposal", id, "count", ids.size(), "registered", proposal.registeredCount()), ids));
        return proposal;
    }

    /**
     * Records the decision over a proposal: every proposed registration is recognised, except those the
     * decision leaves out. One recognition row each with its register number and validity (one year for the
     * basic titles, three for the levels of Thông tư 24/2023), written in one statement; one audit entry.
     */
    @Transactional
    public long decide(long proposalId, int proposalVersion, DecisionForm form, List<Long> leftOut) {
        Proposal proposal = store.findProposal(proposalId).orElseThrow(() -> new NotFound("proposal", proposalId));
        RoundView round = round(proposal.roundId());
        CurrentUser user = chains.requireStep(round, Step.RECOGNISE);
        DecisionForm header = DecisionHeaders.clean(form);
        requireFreeNumber(header);
        if (!store.closeProposal(proposalId, proposalVersion)) {
            throw new ChangedMeanwhile("proposal");
        }
        List<Long> items = store.itemsOf(proposalId);
        var excluded = java.util.Set.copyOf(leftOut);
        List<Long> recognised = items.stream().filter(id -> !excluded.contains(id)).toList();
        List<Long> notRecognised = items.stream().filter(excluded::contains).toList();
        long decisionId = store.insertDecision(round.id(), proposalId, "RECOGNISE", header, user.id());
        LocalDate until = header.signedOn().plusYears(validityYears(round)).minusDays(1);
        List<Long> recognitions = store.insertRecognitions(decisionId, header.number(), recognised,
                header.signedOn(), until);
        registrations.move(round.id(), recognised, RegistrationStatus.PROPOSED, RegistrationStatus.RECOGNISED);
        registrations.move(round.id(), notRecognised, RegistrationStatus.PROPOSED, RegistrationStatus.NOT_RECOGNISED);
        timeline.record(recognised, "RECOGNISED", user, header.number());
        timeline.record(notRecognised, "NOT_RECOGNISED", user, header.number());
        events.publishEvent(RoundChanged.bulk("decision", "recognise", round.areaUnitId(), Map.of("decision",
                decisionId, "number", header.number(), "proposal", proposalId, "recognised", recognitions.size(),
                "notRecognised", notRecognised.size()), recognised));
        return decisionId;
    }

    /** A later decision ends recognitions of a round before their time. */
    @Transactional
    public long revoke(long roundId, List<Long> recognitionIds, DecisionForm form) {
        RoundView round = round(roundId);
        CurrentUser user = chains.requireStep(round, Step.RECOGNISE);
        DecisionForm header = DecisionHeaders.clean(form);
        if (header.reason() == null) {
            throw new InvalidInput("round.revoke.reasonNeeded");
        }
        for (long id : recognitionIds) {
            if (store.roundOfRecognition(id).orElse(-1L) != roundId) {
                throw new NotFound("recognition", id);
            }
        }
        requireFreeNumber(header);
        long decisionId = store.insertDecision(roundId, null, "REVOKE", header, user.id());
        List<Long> revoked = store.revoke(recognitionIds, decisionId);
        if (revoked.size() != recognitionIds.size()) {
            throw new InvalidInput("round.revoke.alreadyRevoked");
        }
        registrations.move(roundId, revoked, RegistrationStatus.RECOGNISED, RegistrationStatus.REVOKED);
        timeline.record(revoked, "REVOKED", user, header.number());
        events.publishEvent(RoundChanged.bulk("decision", "revoke", round.areaUnitId(), Map.of("decision",
                decisionId, "number", header.number(), "count", revoked.size()), recognitionIds));
        return decisionId;
    }

    /** The titles a subject was given, newest first, with their validity and revocations. */
    @Transactional(readOnly = true)
    public List<TitleRecord> history(String subjectKind, long subjectId) {
        if (!guard.allows(ChainGuard.resolverKind(subjectKind), subjectId, false).orElse(false)) {
            throw new AccessDenied();
        }
        return store.history(subjectKind, subjectId);
    }

    /** Every step taken on a subject's registrations, with who and when, newest first. */
    @Transactional(readOnly = true)
    public List<TimelineEvent> timeline(String subjectKind, long subjectId) {
        if (!guard.allows(ChainGuard.resolverKind(subjectKind), subjectId, false).orElse(false)) {
            throw new AccessDenied();
        }
        return timeline.ofSubject(subjectKind, subjectId);
    }

    @Transactional(readOnly = true)
    public List<Proposal> proposals(long roundId) {
        round(roundId);
        return store.proposalsOf(roundId);
    }

    private int validityYears(RoundView round) {
        return criteria.require(round.criteriaSetId()).content().rule().style() == RuleStyle.LEVELS ? 3 : 1;
    }

    private void requireFreeNumber(DecisionForm header) {
        if (store.numberTaken(header.issuingBody(), header.number(), header.signedOn().getYear())) {
            throw new InvalidInput("round.decision.numberTaken", header.number());
        }
    }

    private RoundView round(long roundId) {
        RoundView round = rounds.find(roundId).orElseThrow(() -> new NotFound("round", roundId));
        if (!guard.allows("round", roundId, false).orElse(false)) {
            throw new AccessDenied();
        }
        return round;
    }
}

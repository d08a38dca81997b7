package vn.khuyenhoc.round;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.criteria.Assessment;
import vn.khuyenhoc.criteria.CriteriaSet;
import vn.khuyenhoc.criteria.CriteriaSets;
import vn.khuyenhoc.criteria.RuleStyle;
import vn.khuyenhoc.round.store.DecisionStore;
import vn.khuyenhoc.round.store.HistoryStore;
import vn.khuyenhoc.round.store.RoundStore;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * Records a round of a past year whole (đợt của những năm trước), from registrations to its decision, as the
 * archive tells it: the history a commune brings along (and the demo's). One statement per table and two audit
 * entries, the round's and its decision's, in one transaction. Sheets are scored by the set's rule, never typed.
 */
@Service
public class PastRounds {

    private final HistoryStore store;
    private final RoundStore rounds;
    private final DecisionStore decisions;
    private final CriteriaSets criteria;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;

    PastRounds(HistoryStore store, RoundStore rounds, DecisionStore decisions, CriteriaSets criteria,
               AreaGuard guard, ApplicationEventPublisher events) {
        this.store = store;
        this.rounds = rounds;
        this.decisions = decisions;
        this.criteria = criteria;
        this.guard = guard;
        this.events = events;
    }

    /**
     * Records the round and answers its id. A signed-in caller must be allowed to recognise the title in the
     * area; the application itself (nobody signed in) may record its demo history at startup.
     */
    @Transactional
    public long record(PastRound past) {
        Long province = rounds.provinceOf(past.areaUnitId()).orElse(null);
        guard.currentUser().ifPresent(user -> {
            guard.requireWrite(past.areaUnitId());
            if (!rounds.chain(past.title(), province).allows(user.role(), Step.RECOGNISE)) {
                throw new AccessDenied();
            }
        });
        DecisionForm header = DecisionHeaders.clean(past.decision());
        CriteriaSet set = requireValid(past, province, header);
        String kind = ChainGuard.subjectKind(past.title());
        long roundId = store.insertRound(past, province, !set.mayScoreCurrentRound(), header.signedOn());
        List<Long> ids = store.insertRegistrations(roundId, kind, past);
        store.insertReviewSheets(ids, past.entries().stream().map(PastRound.Entry::review).toList(),
                assessments(set, past), past.reviewedOn());
        String actor = guard.currentUser().map(user -> user.displayName()).orElse(header.issuingBody());
        var recognised = store.recordSteps(ids, past, actor, header);
        long proposal = store.insertProposal(roundId, recognised, ids.size(), header.signedOn());
        long decision = store.insertDecision(roundId, proposal, header);
        var until = header.signedOn().plusYears(set.content().rule().style() == RuleStyle.LEVELS ? 3 : 1)
                .minusDays(1);
        decisions.insertRecognitions(decision, header.number(), recognised, header.signedOn(), until);
        events.publishEvent(RoundChanged.bulk("round", "record-past", past.areaUnitId(), Map.of("round", roundId,
                "year", past.year(), "title", past.title().name(), "registered", ids.size()), ids));
        events.publishEvent(RoundChanged.bulk("decision", "recognise", past.areaUnitId(), Map.of("decision",
                decision, "number", header.number(), "proposal", proposal, "recognised", recognised.size(),
                "notRecognised", ids.size() - recognised.size()), recognised));
        return roundId;
    }

    private CriteriaSet requireValid(PastRound past, Long province, DecisionForm header) {
        if (past.year() >= Year.now().getValue()) {
            throw new InvalidInput("round.past.notPast", String.valueOf(past.year()));
        }
        if (past.entries().isEmpty()) {
            throw new InvalidInput("round.register.nothingTicked");
        }
        boolean inForce = criteria.inForce(past.title(), past.year(), null, province).stream()
                .anyMatch(summary -> summary.id() == past.criteriaSetId());
        if (!inForce) {
            throw new InvalidInput("round.open.setNotInForce", String.valueOf(past.year()));
        }
        if (rounds.exists(past.areaUnitId(), past.title(), past.year())) {
            throw new InvalidInput("round.open.exists", String.valueOf(past.year()));
        }
        if (decisions.numberTaken(header.issuingBody(), header.number(), header.signedOn().getYear())) {
            throw new InvalidInput("round.decision.numberTaken", header.number());
        }
        if (!store.allInside(past.entries().stream().map(PastRound.Entry::subjectUnitId).distinct().toList(),
                past.areaUnitId(), java.time.LocalDate.of(past.year(), 12, 31))) {
            throw new InvalidInput("round.register.outsideArea");
        }
        return criteria.require(past.criteriaSetId());
    }

    /** Each distinct sheet scored once: an archive of thousands of sheets holds few different ones. */
    private List<Assessment> assessments(CriteriaSet set, PastRound past) {
        var scored = new HashMap<SheetForm, Assessment>();
        return past.entries().stream()
                .map(entry -> scored.computeIfAbsent(entry.review(), form -> criteria.score(set.id(), form.sheet())))
                .toList();
    }
}

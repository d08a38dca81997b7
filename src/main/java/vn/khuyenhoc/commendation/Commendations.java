package vn.khuyenhoc.commendation;

import static vn.khuyenhoc.commendation.CommendationChecks.required;
import static vn.khuyenhoc.commendation.CommendationChecks.year;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.commendation.store.CommendationRecords;
import vn.khuyenhoc.commendation.store.CommendationRecords.Item;
import vn.khuyenhoc.commendation.store.CommendationRecords.NewCommendation;
import vn.khuyenhoc.commendation.store.CommendationRecords.Proposal;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.shared.Text;

/**
 * Records commendations and carries proposals from a lower unit to a higher one (ADR 0015). Every change is
 * checked by the guard against the unit it belongs to and audited in the same transaction, one event per step.
 */
@Service
public class Commendations {

    private final CommendationRecords records;
    private final CommendationChecks checks;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;

    Commendations(CommendationRecords records, CommendationChecks checks, AreaGuard guard,
                  ApplicationEventPublisher events) {
        this.records = records;
        this.checks = checks;
        this.guard = guard;
        this.events = events;
    }

    @Transactional
    public long record(CommendationForm form) {
        if (form.areaUnitId() == null || form.kind() == null) {
            throw new InvalidInput("commendation.form.incomplete");
        }
        guard.requireWrite(form.areaUnitId());
        var recipient = checks.recipient(form.recipientKind(), form.recipientId());
        CommendationChecks.decision(form.issuingBody(), form.decisionNumber(), form.decisionDate());
        var commendation = new NewCommendation(form.kind().name(), recipient.kind(), recipient.id(),
                form.areaUnitId(), year(form.year()), Text.normalise(form.issuingBody()),
                Text.normalise(form.decisionNumber()), form.decisionDate(),
                required(form.reason(), "commendation.reason.missing"), null);
        long id = records.insert(commendation, guard.requireUser().id());
        events.publishEvent(new CommendationChanged("commendation", id, "record", form.areaUnitId(),
                summary(commendation), List.of()));
        return id;
    }

    /** Sends a proposal with all its items in one step; answers its id. */
    @Transactional
    public long propose(ProposalForm form) {
        if (form.fromUnitId() == null || form.toUnitId() == null || form.sentOn() == null) {
            throw new InvalidInput("commendation.proposal.incomplete");
        }
        guard.requireWrite(form.fromUnitId());
        if (!records.above(form.toUnitId(), form.fromUnitId())) {
            throw new InvalidInput("commendation.proposal.notAbove");
        }
        if (form.items() == null || form.items().isEmpty()) {
            throw new InvalidInput("commendation.proposal.empty");
        }
        int year = year(form.year());
        long id = records.insertProposal(year, form.fromUnitId(), form.toUnitId(), Text.normaliseOrNull(form.number()),
                form.sentOn(), guard.requireUser().id());
        var itemIds = new ArrayList<Long>();
        for (ProposalForm.Item item : form.items()) {
            itemIds.add(insertItem(id, itemIds.size() + 1, item));
        }
        events.publishEvent(new CommendationChanged("commendation-proposal", id, "propose", form.fromUnitId(),
                Map.of("year", year, "to", form.toUnitId(), "items", itemIds.size()), itemIds));
        return id;
    }

    private long insertItem(long proposal, int position, ProposalForm.Item item) {
        if (item == null || item.kind() == null) {
            throw new InvalidInput("commendation.form.incomplete");
        }
        var recipient = checks.recipient(item.recipientKind(), item.recipientId());
        return records.insertItem(proposal, position, item.kind().name(), recipient.kind(), recipient.id(),
                required(item.reason(), "commendation.reason.missing"));
    }

    /**
     * Records the higher unit's decision over a whole proposal: every item accepted or rejected with a reason;
     * the accepted ones become commendations of the proposing unit's area. Answers the commendations' ids.
     */
    @Transactional
    public List<Long> decide(long proposalId, DecisionForm form) {
        Proposal proposal = records.lockProposal(proposalId)
                .orElseThrow(() -> new NotFound("commendation-proposal", proposalId));
        guard.requireWrite(proposal.toUnitId());
        if (proposal.decidedOn() != null) {
            throw new InvalidInput("commendation.proposal.alreadyDecided");
        }
        CommendationChecks.decision(form.issuingBody(), form.decisionNumber(), form.decisionDate());
        Map<Long, DecisionForm.Outcome> outcomes = outcomes(records.items(proposalId), form.outcomes());
        var ids = new ArrayList<Long>();
        Long by = guard.requireUser().id();
        for (Item item : records.items(proposalId)) {
            var outcome = outcomes.get(item.id());
            records.decideItem(item.id(), outcome.accepted(), Text.normaliseOrNull(outcome.rejectionReason()));
            if (outcome.accepted()) {
                ids.add(records.insert(fromItem(proposal, item, form), by));
            }
        }
        records.decideProposal(proposalId, Text.normalise(form.issuingBody()), Text.normalise(form.decisionNumber()),
                form.decisionDate(), by);
        events.publishEvent(new CommendationChanged("commendation-proposal", proposalId, "decide",
                proposal.toUnitId(), Map.of("decision", Text.normalise(form.decisionNumber()), "accepted", ids.size(),
                        "rejected", outcomes.size() - ids.size()), ids));
        return ids;
    }

    /** One outcome for each item of the proposal, no other, a rejection always with its reason. */
    private static Map<Long, DecisionForm.Outcome> outcomes(List<Item> items, List<DecisionForm.Outcome> given) {
        if (given == null || given.stream().anyMatch(o -> o == null || o.itemId() == null)) {
            throw new InvalidInput("commendation.decision.outcomes");
        }
        Map<Long, DecisionForm.Outcome> byItem = given.stream()
                .collect(Collectors.toMap(DecisionForm.Outcome::itemId, Function.identity(), (a, b) -> a));
        if (byItem.size() != given.size() || !byItem.keySet().equals(
                items.stream().map(Item::id).collect(Collectors.toSet()))) {
            throw new InvalidInput("commendation.decision.outcomes");
        }
        if (given.stream().anyMatch(o -> !o.accepted() && Text.normaliseOrNull(o.rejectionReason()) == null)) {
            throw new InvalidInput("commendation.decision.rejectionReason");
        }
        return byItem;
    }

    private static NewCommendation fromItem(Proposal proposal, Item item, DecisionForm form) {
        return new NewCommendation(item.kind(), item.recipientKind(), item.recipientId(), proposal.fromUnitId(),
                proposal.year(), Text.normalise(form.issuingBody()), Text.normalise(form.decisionNumber()),
                form.decisionDate(), item.reason(), item.id());
    }

    private static Map<String, Object> summary(NewCommendation c) {
        var map = new HashMap<String, Object>(Map.of("kind", c.kind(), "recipientKind", c.recipientKind(),
                "recipient", c.recipientId(), "year", c.year(), "decision", c.decisionNumber()));
        map.put("decisionDate", c.decisionDate().toString());
        return map;
    }
}

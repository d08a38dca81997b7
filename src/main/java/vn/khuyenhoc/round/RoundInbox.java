package vn.khuyenhoc.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.round.store.DecisionStore;
import vn.khuyenhoc.round.store.RegistrationStore;

/**
 * The inbox (việc cần làm): for each open round of the user's area, the steps the chain gives the user and how many
 * registrations wait for each (sheets to score, returned sheets, sheets to review, accepted ones to propose,
 * proposals to decide), with the round's deadline for that step.
 */
@Service
public class RoundInbox {

    private final Rounds rounds;
    private final ChainGuard chains;
    private final RegistrationStore registrations;
    private final DecisionStore decisions;
    private final AreaGuard guard;
    private final int nearDays;

    RoundInbox(Rounds rounds, ChainGuard chains, RegistrationStore registrations, DecisionStore decisions,
               AreaGuard guard, RoundReminders reminders) {
        this.nearDays = reminders.nearDays();
        this.rounds = rounds;
        this.chains = chains;
        this.registrations = registrations;
        this.decisions = decisions;
        this.guard = guard;
    }

    @Transactional(readOnly = true)
    public List<InboxItem> mine(LocalDate today) {
        CurrentUser user = guard.requireUser();
        String[] prefixes = AreaGuard.likePrefixes(guard.scopePaths(user));
        Long own = switch (user.role()) {
            case CITIZEN -> user.personId() == null ? -1L : user.personId();
            case UNIT_OFFICER -> user.organisationId() == null ? -1L : user.organisationId();
            default -> null;
        };
        var items = new ArrayList<InboxItem>();
        for (RoundView round : rounds.ofMyArea(null)) {
            if ("OPEN".equals(round.status()) && !round.historical()) {
                items.addAll(itemsOf(round, user, registrations.countsByStatus(round.id(), prefixes, own), today));
            }
        }
        return items;
    }

    private List<InboxItem> itemsOf(RoundView round, CurrentUser user, Map<RegistrationStatus, Integer> counts,
                                    LocalDate today) {
        Chain chain = chains.chainOf(round);
        var items = new ArrayList<InboxItem>();
        int toScore = counts.getOrDefault(RegistrationStatus.REGISTERED, 0)
                + counts.getOrDefault(RegistrationStatus.RETURNED, 0);
        add(items, round, chain, user, Step.SCORE, toScore, round.selfAssessmentUntil(), today);
        add(items, round, chain, user, Step.REVIEW, counts.getOrDefault(RegistrationStatus.SELF_ASSESSED, 0),
                round.reviewUntil(), today);
        boolean roundLevel = guard.canWrite(round.areaUnitId());
        if (roundLevel) {
            add(items, round, chain, user, Step.PROPOSE, counts.getOrDefault(RegistrationStatus.ACCEPTED, 0),
                    round.decisionUntil(), today);
            int sent = (int) decisions.proposalsOf(round.id()).stream().filter(p -> "SENT".equals(p.status()))
                    .count();
            add(items, round, chain, user, Step.RECOGNISE, sent, round.decisionUntil(), today);
        }
        return items;
    }

    private void add(List<InboxItem> items, RoundView round, Chain chain, CurrentUser user, Step step,
                            int count, LocalDate deadline, LocalDate today) {
        if (count == 0 || !chain.allows(user.role(), step)) {
            return;
        }
        boolean nearing = deadline != null && !deadline.isAfter(today.plusDays(nearDays));
        items.add(new InboxItem(round.id(), round.name(), round.year(), round.title(), step, count, deadline,
                nearing));
    }
}

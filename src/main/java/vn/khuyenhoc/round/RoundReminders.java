package vn.khuyenhoc.round;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.round.store.ReminderStore;

/**
 * Reminders (nhắc hạn) as a round's deadlines near: a daily job records one per deadline when it is a configured
 * number of days away ({@code khuyenhoc.round.reminder-days}: 14, 7 and 1 by default), and the navigation shows each
 * officer how many of them concern a step the chain gives them in a round of their area.
 */
@Service
public class RoundReminders {

    private final ReminderStore store;
    private final Rounds rounds;
    private final ChainGuard chains;
    private final AreaGuard guard;
    private final int[] days;

    RoundReminders(ReminderStore store, Rounds rounds, ChainGuard chains, AreaGuard guard,
                   @Value("${khuyenhoc.round.reminder-days:14,7,1}") int[] days) {
        this.store = store;
        this.rounds = rounds;
        this.chains = chains;
        this.guard = guard;
        this.days = days.clone();
    }

    /** The most days before a deadline that a reminder is given: the inbox marks deadlines this near. */
    public int nearDays() {
        return java.util.Arrays.stream(days).max().orElse(0);
    }

    /**
     * Records the reminders due today; runs once across instances (a transaction-scoped database lock), so a
     * second instance starting the same job records nothing. Answers how many were new.
     */
    @Transactional
    public int record(LocalDate today) {
        return store.lock() ? store.record(today, days) : 0;
    }

    /** The reminders of the signed-in user: deadlines ahead of steps the chain gives their role, nearest first. */
    @Transactional(readOnly = true)
    public List<Reminder> mine(LocalDate today) {
        var user = guard.currentUser();
        if (user.isEmpty()) {
            return List.of();
        }
        var byId = new java.util.HashMap<Long, RoundView>();
        rounds.ofMyArea(null).stream().filter(r -> "OPEN".equals(r.status())).forEach(r -> byId.put(r.id(), r));
        if (byId.isEmpty()) {
            return List.of();
        }
        var mine = new java.util.ArrayList<Reminder>();
        for (var due : store.due(List.copyOf(byId.keySet()), today)) {
            RoundView round = byId.get(due.roundId());
            Chain chain = chains.chainOf(round);
            Step step = Step.valueOf(due.step());
            if (chain.allows(user.get().role(), step)
                    || (step == Step.RECOGNISE && chain.allows(user.get().role(), Step.PROPOSE))) {
                mine.add(new Reminder(round.id(), round.name(), step, due.deadline(),
                        (int) java.time.temporal.ChronoUnit.DAYS.between(today, due.deadline())));
            }
        }
        return mine;
    }
}

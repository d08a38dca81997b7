package vn.khuyenhoc.round;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.round.store.RoundStore;
import vn.khuyenhoc.shared.NotFound;

/**
 * Closing a round (đóng đợt): no more registrations, sheets or reviews; proposals and decisions over what was
 * accepted go on. The level that recognises (whose round it is) closes and reopens it; both are audited.
 */
@Service
public class RoundClosing {

    private final RoundStore rounds;
    private final ChainGuard chains;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;

    RoundClosing(RoundStore rounds, ChainGuard chains, AreaGuard guard, ApplicationEventPublisher events) {
        this.rounds = rounds;
        this.chains = chains;
        this.guard = guard;
        this.events = events;
    }

    @Transactional
    public RoundView close(long roundId, int version) {
        return change(roundId, version, "OPEN", "CLOSED", "close");
    }

    @Transactional
    public RoundView reopen(long roundId, int version) {
        return change(roundId, version, "CLOSED", "OPEN", "reopen");
    }

    /** Whether the signed-in user may close or reopen the round, for pages that offer it. */
    @Transactional(readOnly = true)
    public boolean mayClose(RoundView round) {
        var user = guard.currentUser();
        return user.isPresent() && guard.canWrite(round.areaUnitId())
                && chains.chainOf(round).allows(user.get().role(), Step.RECOGNISE);
    }

    private RoundView change(long roundId, int version, String from, String to, String action) {
        RoundView round = rounds.find(roundId).orElseThrow(() -> new NotFound("round", roundId));
        if (!guard.allows("round", roundId, false).orElse(false)) {
            throw new AccessDenied();
        }
        CurrentUser user = chains.requireStep(round, Step.RECOGNISE);
        if (!rounds.changeStatus(roundId, version, from, to, user.id())) {
            throw new ChangedMeanwhile("round");
        }
        events.publishEvent(RoundChanged.one("round", roundId, action, round.areaUnitId(),
                Map.of("status", to, "year", round.year(), "title", round.title().name())));
        return rounds.find(roundId).orElseThrow();
    }
}

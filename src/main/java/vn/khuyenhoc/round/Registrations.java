package vn.khuyenhoc.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.round.store.EventStore;
import vn.khuyenhoc.round.store.RegistrationStore;
import vn.khuyenhoc.round.store.RoundStore;

/**
 * Registration (đăng ký) of subjects in a round: one, or many ticked on a list, each checked against the chain
 * and the area; one registration per subject, title and year.
 */
@Service
public class Registrations {

    private final RegistrationStore store;
    private final RoundStore rounds;
    private final ChainGuard chains;
    private final AreaGuard guard;
    private final EventStore timeline;
    private final ApplicationEventPublisher events;

    Registrations(RegistrationStore store, RoundStore rounds, ChainGuard chains, AreaGuard guard, EventStore timeline,
                  ApplicationEventPublisher events) {
        this.timeline = timeline;
        this.store = store;
        this.rounds = rounds;
        this.chains = chains;
        this.guard = guard;
        this.events = events;
    }

    @Transactional
    public long register(long roundId, long subjectId) {
        return registerMany(roundId, List.of(subjectId)).get(0);
    }

    /**
     * Registers the ticked subjects in one step (one audit entry). Refused whole when one of them is out of
     * reach, outside the round's area or pilot units, or already registered for the title and year.
     */
    @Transactional
    public List<Long> registerMany(long roundId, List<Long> subjectIds) {
        RoundView round = rounds.find(roundId).orElseThrow(() -> new NotFound("round", roundId));
        if (subjectIds.isEmpty()) {
            throw new InvalidInput("round.register.nothingTicked");
        }
        requireOpen(round);
        String kind = ChainGuard.subjectKind(round.title());
        var units = new ArrayList<Long>();
        CurrentUser user = guard.requireUser();
        for (long subject : subjectIds) {
            user = chains.requireStep(round, Step.REGISTER, kind, subject);
            units.add(unitInRound(round, kind, subject));
        }
        List<Long> ids = store.insert(roundId, kind, subjectIds, units, round.title(), round.year(), user.id());
        if (ids.size() != subjectIds.size()) {
            throw new InvalidInput("round.register.alreadyRegistered", subjectIds.size() - ids.size());
        }
        timeline.record(ids, "REGISTERED", user, null);
        events.publishEvent(ids.size() == 1
                ? RoundChanged.one("registration", ids.get(0), "register", units.get(0),
                        Map.of("round", roundId, "subject", kind + "#" + subjectIds.get(0)))
                : RoundChanged.bulk("registration", "register", round.areaUnitId(),
                        Map.of("round", roundId, "count", ids.size()), ids));
        return ids;
    }

    private void requireOpen(RoundView round) {
        if (!"OPEN".equals(round.status())) {
            throw new InvalidInput("round.closed");
        }
    }

    private long unitInRound(RoundView round, String kind, long subject) {
        long unit = store.unitOf(kind, subject).orElseThrow(() -> new NotFound(kind, subject));
        if (!rounds.inside(unit, round.areaUnitId())) {
            throw new InvalidInput("round.register.outsideArea");
        }
        if (round.pilot() && rounds.pilotUnits(round.id()).stream().noneMatch(p -> rounds.inside(unit, p))) {
            throw new InvalidInput("round.register.outsidePilot");
        }
        return unit;
    }

    @Transactional(readOnly = true)
    public Registration require(long id) {
        Registration registration = store.find(id).orElseThrow(() -> new NotFound("registration", id));
        if (!guard.allows("registration", id, false).orElse(false)) {
            throw new AccessDenied();
        }
        return registration;
    }

    /** The registrations of a round, optionally of one status and one unit (a village). */
    @Transactional(readOnly = true)
    public List<Registration> ofRound(long roundId, RegistrationStatus status, Long unitId) {
        var user = guard.requireUser();
        String[] prefixes = AreaGuard.likePrefixes(guard.scopePaths(user));
        Long own = switch (user.role()) {
            case CITIZEN -> user.personId() == null ? -1L : user.personId();
            case UNIT_OFFICER -> user.organisationId() == null ? -1L : user.organisationId();
            default -> null;
        };
        return store.ofRound(roundId, status, unitId, prefixes, own);
    }

    /** A subject's registrations, newest year first. */
    @Transactional(readOnly = true)
    public List<Registration> ofSubject(String kind, long subjectId) {
        if (!guard.allows(ChainGuard.resolverKind(kind), subjectId, false).orElse(false)) {
            throw new AccessDenied();
        }
        return store.ofSubject(kind, subjectId);
    }
}

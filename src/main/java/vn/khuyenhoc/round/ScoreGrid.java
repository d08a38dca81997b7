package vn.khuyenhoc.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.criteria.Assessment;
import vn.khuyenhoc.criteria.CriteriaSets;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.round.store.EventStore;
import vn.khuyenhoc.round.store.RegistrationStore;
import vn.khuyenhoc.round.store.RoundStore;
import vn.khuyenhoc.round.store.SheetStore;

/**
 * The score grid (bảng chấm điểm): many subjects' sheets of one kind entered at once on a large screen. Saved as one
 * step: every line is checked like a single sheet (chain, area, version), all are saved or none, one audit entry.
 */
@Service
public class ScoreGrid {

    static final int MAX_ROWS = 300;
    private final Registrations registrations;
    private final RegistrationStore registrationStore;
    private final RoundStore rounds;
    private final SheetStore sheets;
    private final CriteriaSets criteria;
    private final ChainGuard chains;
    private final EventStore timeline;
    private final ApplicationEventPublisher events;

    ScoreGrid(Registrations registrations, RegistrationStore registrationStore, RoundStore rounds, SheetStore sheets,
              CriteriaSets criteria, ChainGuard chains, EventStore timeline, ApplicationEventPublisher events) {
        this.registrations = registrations;
        this.registrationStore = registrationStore;
        this.rounds = rounds;
        this.sheets = sheets;
        this.criteria = criteria;
        this.chains = chains;
        this.timeline = timeline;
        this.events = events;
    }

    /** The registrations still open to scoring in the round (of one unit when given), with their sheets. */
    @Transactional(readOnly = true)
    public List<GridRow> rows(long roundId, Long unitId, SheetKind kind) {
        var open = registrations.ofRound(roundId, null, unitId).stream().filter(r -> r.status().scorable())
                .limit(MAX_ROWS).toList();
        var saved = sheets.ofRegistrations(open.stream().map(Registration::id).toList(), kind);
        return open.stream().map(r -> new GridRow(r, saved.get(r.id()))).toList();
    }

    /** Saves the lines given (registration → sheet with the version it was read at); answers how many. */
    @Transactional
    public int save(long roundId, SheetKind kind, Map<Long, SheetForm> lines) {
        RoundView round = rounds.find(roundId).orElseThrow(() -> new NotFound("round", roundId));
        round.requireOpen();
        var saved = new ArrayList<Long>();
        CurrentUser user = null;
        for (var line : lines.entrySet()) {
            Registration registration = registrationStore.find(line.getKey()).filter(r -> r.roundId() == roundId)
                    .orElseThrow(() -> new NotFound("registration", line.getKey()));
            user = chains.requireStep(round, kind.step(), registration.subjectKind(), registration.subjectId());
            saveLine(round, registration, kind, line.getValue(), user.id());
            saved.add(registration.id());
        }
        if (saved.isEmpty()) {
            throw new InvalidInput("round.grid.nothingEntered");
        }
        timeline.record(saved, kind == SheetKind.SELF ? "SELF_ASSESSED" : "SCORED", user, null);
        events.publishEvent(RoundChanged.bulk("registration", "score-grid-" + kind.name().toLowerCase(),
                round.areaUnitId(), Map.of("round", roundId, "count", saved.size()), saved));
        return saved.size();
    }

    private void saveLine(RoundView round, Registration registration, SheetKind kind, SheetForm form, long by) {
        if (!registration.status().scorable()) {
            throw new InvalidInput("round.sheet.notScorable");
        }
        Assessment result = criteria.score(round.criteriaSetId(), form.sheet());
        var existing = sheets.find(registration.id(), kind);
        if (existing.isEmpty() && form.version() == null) {
            sheets.insert(registration.id(), kind, form, result, by);
        } else if (existing.isEmpty() || form.version() == null
                || !sheets.update(existing.get().id(), form.version(), form, result, by)) {
            throw new ChangedMeanwhile("sheet");
        }
        if (kind == SheetKind.SELF) {
            registrationStore.markSelfAssessed(registration.id());
        }
    }
}

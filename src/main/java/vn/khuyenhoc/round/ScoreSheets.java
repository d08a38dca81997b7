package vn.khuyenhoc.round;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.criteria.Assessment;
import vn.khuyenhoc.criteria.CriteriaSets;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.shared.Text;
import vn.khuyenhoc.round.store.EventStore;
import vn.khuyenhoc.round.store.RegistrationStore;
import vn.khuyenhoc.round.store.RoundStore;
import vn.khuyenhoc.round.store.SheetStore;

/**
 * Score sheets (phiếu chấm điểm) and the review (thẩm định). The self-assessment and the reviewer's sheet are
 * kept apart; the result is computed by the round's criteria set on every save, never typed in, and the
 * reviewer's sheet decides. A save from a form opened before someone else's save is refused.
 */
@Service
public class ScoreSheets {

    private final SheetStore sheets;
    private final RegistrationStore registrations;
    private final RoundStore rounds;
    private final CriteriaSets criteria;
    private final ChainGuard chains;
    private final AreaGuard guard;
    private final EventStore timeline;
    private final ApplicationEventPublisher events;

    ScoreSheets(SheetStore sheets, RegistrationStore registrations, RoundStore rounds, CriteriaSets criteria,
                ChainGuard chains, AreaGuard guard, EventStore timeline, ApplicationEventPublisher events) {
        this.timeline = timeline;
        this.guard = guard;
        this.sheets = sheets;
        this.registrations = registrations;
        this.rounds = rounds;
        this.criteria = criteria;
        this.chains = chains;
        this.events = events;
    }

    /** The result the sheet would have, for the live preview; saves nothing. */
    @Transactional(readOnly = true)
    public Assessment preview(long registrationId, SheetForm form) {
        Registration registration = readable(registrationId);
        RoundView round = round(registration);
        return criteria.score(round.criteriaSetId(), form.sheet());
    }

    @Transactional
    public SavedSheet save(long registrationId, SheetKind kind, SheetForm form) {
        Registration registration = find(registrationId);
        RoundView round = round(registration);
        CurrentUser user = chains.requireStep(round, kind.step(), registration.subjectKind(),
                registration.subjectId());
        round.requireOpen();
        if (!registration.status().scorable()) {
            throw new InvalidInput("round.sheet.notScorable");
        }
        SheetForm clean = withCleanNotes(form);
        Assessment result = criteria.score(round.criteriaSetId(), clean.sheet());
        Optional<SavedSheet> existing = sheets.find(registrationId, kind);
        if (existing.isEmpty() && form.version() == null) {
            sheets.insert(registrationId, kind, clean, result, user.id());
        } else if (existing.isEmpty() || form.version() == null
                || !sheets.update(existing.get().id(), form.version(), clean, result, user.id())) {
            throw new ChangedMeanwhile("sheet");
        }
        if (kind == SheetKind.SELF) {
            registrations.markSelfAssessed(registrationId);
        }
        timeline.record(List.of(registrationId), kind == SheetKind.SELF ? "SELF_ASSESSED" : "SCORED", user,
                result.total() == null ? null : result.total().toPlainString());
        events.publishEvent(RoundChanged.one("registration", registrationId, "score-" + kind.name().toLowerCase(),
                registration.subjectUnitId(), Map.of("achieved", result.achieved(),
                        "total", String.valueOf(result.total()))));
        return sheets.find(registrationId, kind).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<SavedSheet> sheet(long registrationId, SheetKind kind) {
        readable(registrationId);
        return sheets.find(registrationId, kind);
    }

    /**
     * The reviewer's outcome. Accepting needs the reviewer's sheet and its result achieved (a historical round,
     * which records decisions already taken, needs no sheet); returning needs a comment.
     */
    @Transactional
    public void review(long registrationId, ReviewOutcome outcome, String comment, int version) {
        Registration registration = find(registrationId);
        RoundView round = round(registration);
        CurrentUser user = chains.requireStep(round, Step.REVIEW, registration.subjectKind(),
                registration.subjectId());
        round.requireOpen();
        if (!registration.status().scorable()) {
            throw new InvalidInput("round.review.notReviewable");
        }
        String text = Text.normaliseOrNull(comment);
        if (outcome == ReviewOutcome.RETURNED && text == null) {
            throw new InvalidInput("round.review.commentNeeded");
        }
        if (outcome == ReviewOutcome.ACCEPTED && !round.historical()) {
            var sheet = sheets.find(registrationId, SheetKind.REVIEW)
                    .orElseThrow(() -> new InvalidInput("round.review.sheetNeeded"));
            if (!sheet.achieved()) {
                throw new InvalidInput("round.review.notAchieved");
            }
        }
        if (!registrations.changeStatus(registrationId, version, outcome.status(), text, user.id())) {
            throw new ChangedMeanwhile("registration");
        }
        timeline.record(List.of(registrationId), outcome.name(), user, text);
        var after = new HashMap<String, Object>();
        after.put("outcome", outcome.name());
        events.publishEvent(RoundChanged.one("registration", registrationId, "review", registration.subjectUnitId(),
                after));
    }

    private SheetForm withCleanNotes(SheetForm form) {
        var notes = new HashMap<String, String>();
        form.notes().forEach((code, note) -> {
            String text = Text.normaliseOrNull(note);
            if (text != null) {
                notes.put(code, text);
            }
        });
        return new SheetForm(form.points(), form.met(), form.figures(), notes, form.version());
    }

    private Registration readable(long registrationId) {
        Registration registration = find(registrationId);
        if (!guard.allows("registration", registrationId, false).orElse(false)) {
            throw new AccessDenied();
        }
        return registration;
    }

    private Registration find(long registrationId) {
        return registrations.find(registrationId).orElseThrow(() -> new NotFound("registration", registrationId));
    }

    private RoundView round(Registration registration) {
        return rounds.find(registration.roundId()).orElseThrow();
    }
}

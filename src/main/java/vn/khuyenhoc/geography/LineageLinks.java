package vn.khuyenhoc.geography;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.geography.imports.LinkRecorder;
import vn.khuyenhoc.geography.imports.SetAsides;
import vn.khuyenhoc.geography.unit.UnitScopes;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.Text;

/**
 * Lineage links (predecessor → successor) made by hand: an earlier local change, or an item an import set
 * aside (a link to a code the map lacks, a new unit nobody links to) resolved by an officer. Each is checked
 * against the guard, audited, and moves villages as the import does.
 */
@Service
public class LineageLinks {

    private final LinkRecorder recorder;
    private final SetAsides setAsides;
    private final AreaGuard guard;
    private final UnitScopes scopes;
    private final ApplicationEventPublisher events;

    LineageLinks(LinkRecorder recorder, SetAsides setAsides, AreaGuard guard, UnitScopes scopes,
                 ApplicationEventPublisher events) {
        this.recorder = recorder;
        this.setAsides = setAsides;
        this.guard = guard;
        this.scopes = scopes;
        this.events = events;
    }

    /** A link entered by hand, with the kind and (for a split) the share of the old unit that went on. */
    public record NewLink(long predecessorId, long successorId, LocalDate effectiveDate, LineageKind kind,
                          BigDecimal share, String note) {
    }

    @Transactional
    public long link(NewLink link) {
        guard.requireWrite(link.predecessorId());
        guard.requireWrite(link.successorId());
        if (link.share() != null && (link.share().signum() <= 0 || link.share().compareTo(BigDecimal.ONE) > 0)) {
            throw new InvalidInput("geography.lineage.badShare");
        }
        var recorded = recorder.record(link.predecessorId(), link.successorId(), link.effectiveDate(), link.kind(),
                link.share(), Text.normaliseOrNull(link.note()));
        var after = new LinkedHashMap<String, Object>();
        after.put("link", recorded.description());
        after.put("effectiveDate", link.effectiveDate().toString());
        after.put("share", link.share());
        scopes.rebuild(); // before the event: its listeners read the paths
        events.publishEvent(new MapChanged("lineage", recorded.linkId(), "create", link.successorId(), null, after,
                recorded.affectedIds()));
        return recorded.linkId();
    }

    /**
     * Resolves a set-aside item with the unit an officer chose: the new unit an old one went into (for a link to
     * an unknown code) or the old unit a new one came from (for a unit with no predecessor). The kind of the link
     * follows the shape of the change, as in the import. Choosing the item's own unit records that it lives on.
     */
    @Transactional
    public void resolveWithUnit(long setAsideId, long unitId, String note) {
        var item = setAsides.lockOpen(setAsideId);
        long[] ends = item.linkWith(unitId);
        guard.requireWrite(ends[0]);
        guard.requireWrite(ends[1]);
        String outcome = item.code() + " = " + item.code();
        List<Long> affected = List.of(unitId);
        if (ends[0] != ends[1]) {
            var recorded = recorder.record(ends[0], ends[1], item.effectiveDate(), null, null, Text.normaliseOrNull(note));
            outcome = recorded.description();
            affected = recorded.affectedIds();
        }
        finish(item, outcome, note, affected);
    }

    /** Resolves a set-aside item without a link (a new unit with no predecessor, say), with a note saying why. */
    @Transactional
    public void resolveWithNote(long setAsideId, String note) {
        if (Text.normaliseOrNull(note) == null) {
            throw new InvalidInput("geography.setAside.needsNote");
        }
        var item = setAsides.lockOpen(setAsideId);
        if (item.unitId() != null) {
            guard.requireWrite(item.unitId());
        } else if (!guard.requireUser().isAdmin()) {
            throw new AccessDenied();
        }
        finish(item, "", note, item.unitId() == null ? List.of() : List.of(item.unitId()));
    }

    private void finish(SetAsides.Item item, String outcome, String note, List<Long> affected) {
        String text = Text.normaliseOrNull(note);
        String resolution = text == null ? outcome : outcome.isEmpty() ? text : outcome + " · " + text;
        setAsides.resolve(item.id(), guard.requireUser().id(), resolution);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("reason", item.reason());
        before.put("code", item.code());
        before.put("missingCode", item.missingCode());
        scopes.rebuild(); // before the event: its listeners read the paths
        events.publishEvent(new MapChanged("set-aside", item.id(), "resolve", item.unitId(), before,
                Map.of("resolution", resolution), affected));
    }
}

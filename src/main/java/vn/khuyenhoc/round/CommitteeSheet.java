package vn.khuyenhoc.round;

import java.util.HashMap;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.criteria.CriteriaSets;
import vn.khuyenhoc.criteria.Node;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.round.store.SheetStore;

/**
 * A committee member's indicator written onto the self-assessment sheet: the other indicators stay as they are, the
 * result is recomputed by the set's rule, and a sheet saved meanwhile by someone else refuses the write.
 */
@Component
class CommitteeSheet {

    private final SheetStore sheets;
    private final CriteriaSets criteria;

    CommitteeSheet(SheetStore sheets, CriteriaSets criteria) {
        this.sheets = sheets;
        this.criteria = criteria;
    }

    Node leaf(RoundView round, String code) {
        Node[] found = {null};
        criteria.require(round.criteriaSetId()).content().forEachNode((c, node) -> {
            if (c.equals(code) && node.isLeaf()) {
                found[0] = node;
            }
        });
        if (found[0] == null) {
            throw new InvalidInput("round.committee.unknownIndicator", String.valueOf(code));
        }
        return found[0];
    }

    Set<String> leavesMet(RoundView round, long registrationId) {
        return sheets.find(registrationId, SheetKind.SELF)
                .map(saved -> criteria.leavesMet(round.criteriaSetId(), saved.scores())).orElse(Set.of());
    }

    /** Puts the indicator's value and evidence on the sheet; answers whether the indicator is now met. */
    boolean put(RoundView round, Registration registration, String code, CommitteeRecord form, String evidence,
                long by) {
        Node node = leaf(round, code);
        var existing = sheets.find(registration.id(), SheetKind.SELF);
        var points = new HashMap<>(existing.map(s -> s.scores().points()).orElse(java.util.Map.of()));
        var met = new HashMap<>(existing.map(s -> s.scores().met()).orElse(java.util.Map.of()));
        var figures = new HashMap<>(existing.map(s -> s.scores().figures()).orElse(java.util.Map.of()));
        var notes = new HashMap<>(existing.map(SavedSheet::notes).orElse(java.util.Map.of()));
        switch (node.measure()) {
            case POINTS -> points.put(code, required(form.points()));
            case PASS_FAIL -> met.put(code, required(form.met()));
            case THRESHOLD -> figures.put(required(node.figure()), required(form.figure()));
        }
        if (evidence != null) {
            notes.put(code, evidence);
        }
        var merged = new SheetForm(points, met, figures, notes, existing.map(SavedSheet::version).orElse(null));
        var result = criteria.score(round.criteriaSetId(), merged.sheet());
        if (existing.isEmpty()) {
            sheets.insert(registration.id(), SheetKind.SELF, merged, result, by);
        } else if (!sheets.update(existing.get().id(), existing.get().version(), merged, result, by)) {
            throw new ChangedMeanwhile("sheet");
        }
        return criteria.leavesMet(round.criteriaSetId(), merged.sheet()).contains(code);
    }

    private static <T> T required(T value) {
        if (value == null) {
            throw new InvalidInput("round.committee.valueNeeded");
        }
        return value;
    }
}

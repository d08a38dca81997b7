package vn.khuyenhoc.association;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.association.member.MembershipRecords;
import vn.khuyenhoc.association.member.MembershipRecords.RuleRow;
import vn.khuyenhoc.shared.Dates;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.Text;

/**
 * The dated rules of membership status (ADR 0009), changed by administrators when the association's charter
 * changes: a new rule starts on a day not yet passed and the open one ends the day before, so no status already
 * shown for a past day moves, and the versions keep covering the whole timeline (checked before it is written).
 */
@Service
public class StatusRules {

    private final MembershipRecords records;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;

    StatusRules(MembershipRecords records, AreaGuard guard, ApplicationEventPublisher events) {
        this.records = records;
        this.guard = guard;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<RuleRow> all() {
        return records.ruleRows();
    }

    /** Starts a rule on {@code from}: lapsed after {@code lapseAfterMonths} months without dues (null: never). */
    @Transactional
    public long start(LocalDate from, Integer lapseAfterMonths, String note) {
        if (!guard.requireUser().isAdmin()) {
            throw new AccessDenied();
        }
        if (from == null || from.isBefore(LocalDate.now())) {
            throw new InvalidInput("association.rule.notInThePast");
        }
        if (lapseAfterMonths != null && (lapseAfterMonths < 1 || lapseAfterMonths > 120)) {
            throw new InvalidInput("association.rule.monthsInvalid");
        }
        var open = records.lockOpenRule();
        if (open.isPresent() && open.get().validFrom() != null && !from.isAfter(open.get().validFrom())) {
            throw new InvalidInput("association.rule.notAfterCurrent", Dates.shown(open.get().validFrom()));
        }
        open.ifPresent(rule -> records.endRule(rule.id(), from.minusDays(1)));
        long id = records.insertRule(from, lapseAfterMonths, Text.normaliseOrNull(note));
        var problems = MembershipRules.problems(records.rules());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Membership-status rules would not cover the timeline: " + problems);
        }
        var after = new HashMap<String, Object>();
        after.put("validFrom", from.toString());
        after.put("lapseAfterMonths", lapseAfterMonths);
        open.ifPresent(rule -> after.put("ends", rule.id()));
        events.publishEvent(new AssociationChanged("status-rule", id, "start", null, after));
        return id;
    }
}

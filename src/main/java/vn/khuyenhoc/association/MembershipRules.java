package vn.khuyenhoc.association;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The status of a member on a day under the dated rules (ADR 0009), and the check that the rule versions cover
 * the whole timeline once: no gap, no overlap. Pure functions: the database keeps the rules as data.
 */
public final class MembershipRules {

    private MembershipRules() {
    }

    /**
     * The status on {@code day}; null before the member joined. {@code leftOn} is the first day the person is no
     * longer a member; {@code lastPaid} the last dues paid on or before the day (null: none since joining).
     */
    public static MembershipStatus statusOn(LocalDate day, LocalDate joinedOn, LocalDate leftOn, LocalDate lastPaid,
                                            List<StatusRule> rules) {
        if (day.isBefore(joinedOn)) {
            return null;
        }
        if (leftOn != null && !day.isBefore(leftOn)) {
            return MembershipStatus.LEFT;
        }
        StatusRule rule = rules.stream().filter(r -> r.covers(day)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No membership-status rule covers " + day));
        if (rule.lapseAfterMonths() == null) {
            return MembershipStatus.ACTIVE;
        }
        LocalDate since = lastPaid == null || lastPaid.isBefore(joinedOn) ? joinedOn : lastPaid;
        return since.plusMonths(rule.lapseAfterMonths()).isBefore(day) ? MembershipStatus.LAPSED : MembershipStatus.ACTIVE;
    }

    /**
     * What is wrong with a set of rule versions, as message keys with the day concerned: the first must be open
     * at the start, the last open at the end, and each must begin the day after the previous one ends.
     */
    public static List<String> problems(List<StatusRule> rules) {
        var problems = new ArrayList<String>();
        if (rules.isEmpty()) {
            return List.of("association.rule.none");
        }
        var sorted = rules.stream().sorted(Comparator.comparing(StatusRule::validFrom,
                Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        if (sorted.get(0).validFrom() != null) {
            problems.add("association.rule.gapBefore " + sorted.get(0).validFrom());
        }
        for (int i = 1; i < sorted.size(); i++) {
            LocalDate end = sorted.get(i - 1).validTo();
            LocalDate start = sorted.get(i).validFrom();
            if (end == null || start == null || !end.isBefore(start)) {
                problems.add("association.rule.overlap " + start);
            } else if (!end.plusDays(1).equals(start)) {
                problems.add("association.rule.gap " + end.plusDays(1));
            }
        }
        if (sorted.get(sorted.size() - 1).validTo() != null) {
            problems.add("association.rule.gapAfter " + sorted.get(sorted.size() - 1).validTo().plusDays(1));
        }
        return problems;
    }
}

package vn.khuyenhoc.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A steering committee's self-assessment at a glance: its members, each indicator with who gathers it and whether
 * it is met on the self-assessment sheet, and the share met ("đạt 75% các chỉ số").
 */
public record Committee(Registration registration, List<CommitteeMember> members, List<Indicator> indicators) {

    /** One indicator: its code and text, its assignment (null when nobody has it) and whether it is met. */
    public record Indicator(String code, String text, String measure, Assignment assignment, boolean met) {
    }

    public Committee {
        members = List.copyOf(members);
        indicators = List.copyOf(indicators);
    }

    public long metCount() {
        return indicators.stream().filter(Indicator::met).count();
    }

    /** The share of indicators met, in percent with two decimals rounded half-up; zero for an empty set. */
    public BigDecimal percentMet() {
        return indicators.isEmpty() ? BigDecimal.ZERO : BigDecimal.valueOf(metCount() * 100)
                .divide(BigDecimal.valueOf(indicators.size()), 2, RoundingMode.HALF_UP);
    }

    /** The indicators not met yet: what the committee still has to gather. */
    public List<Indicator> open() {
        return indicators.stream().filter(i -> !i.met()).toList();
    }
}

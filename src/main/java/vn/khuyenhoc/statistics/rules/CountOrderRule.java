package vn.khuyenhoc.statistics.rules;

import java.util.List;
import java.util.Optional;
import vn.khuyenhoc.shared.Rate;

/** Recognised ≤ registered ≤ subjects: a figure that breaks it was counted or typed wrongly. */
public final class CountOrderRule {

    private CountOrderRule() {
    }

    public static Optional<Finding> check(Counts counts) {
        if (counts.recognised() <= counts.registered() && counts.registered() <= counts.subjects()) {
            return Optional.empty();
        }
        return Optional.of(new Finding("order", counts.unitId(), counts.year(), counts.title(),
                List.of(Rate.count(counts.recognised()), Rate.count(counts.registered()),
                        Rate.count(counts.subjects()))));
    }
}

package vn.khuyenhoc.round;

import java.util.List;

/**
 * A households list read back for registration: the rows marked to register, each found in the registry, every
 * problem by row and column, and how many marked households were already registered (skipped, not refused).
 */
public record RegistrationUpload(long roundId, List<Line> lines, List<UploadProblem> problems, int alreadyRegistered) {

    public RegistrationUpload {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    /** A household the file marks for registration. */
    public record Line(int row, long householdId, String villageCode, String code, String name) {
    }

    /** Whether it may be registered as it is: no problem and something to register. */
    public boolean clean() {
        return problems.isEmpty() && !lines.isEmpty();
    }

    public List<Long> householdIds() {
        return lines.stream().map(Line::householdId).toList();
    }
}

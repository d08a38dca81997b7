package vn.khuyenhoc.registry.imports;

import java.util.LinkedHashMap;
import java.util.Map;

/** The counts of a preview, kept as they are staged; stored as JSON beside the import. */
final class Tally {

    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void household(boolean created, boolean changed) {
        count("records", created, changed);
    }

    void member(boolean created, boolean changed) {
        count("members", created, changed);
    }

    void record(boolean created, boolean changed) {
        count("records", created, changed);
    }

    void notInFile(int members) {
        counts.merge("membersNotInFile", members, Integer::sum);
    }

    private void count(String what, boolean created, boolean changed) {
        counts.merge(what, 1, Integer::sum);
        String outcome = created ? "New" : changed ? "Updated" : "Unchanged";
        counts.merge(what + outcome, 1, Integer::sum);
    }

    Map<String, Integer> counts() {
        for (String what : new String[] {"records", "members"}) {
            for (String outcome : new String[] {"", "New", "Updated", "Unchanged"}) {
                counts.putIfAbsent(what + outcome, 0);
            }
        }
        counts.putIfAbsent("membersNotInFile", 0);
        return counts;
    }
}

package vn.khuyenhoc.registry.imports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An import as its pages and the API show it: where it is (status, phase, rows read so far), its preview (counts
 * and the listed problems of {@code problemCount}) or why it was refused (a message key and its arguments).
 */
record ImportView(long id, ImportKind kind, String fileName, long userId, String status, String phase, int rowsRead,
                  Map<String, Integer> counts, List<Problem> problems, int problemCount, String errorKey,
                  List<String> errorArgs, OffsetDateTime createdAt, OffsetDateTime committedAt) {

    public boolean working() {
        return status.equals("READING") || status.equals("COMMITTING");
    }

    public boolean committable() {
        return status.equals("READY") && problemCount == 0;
    }

    public int count(String name) {
        return counts.getOrDefault(name, 0);
    }
}

package vn.khuyenhoc.registry.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The problems of a file: the first {@link #LISTED} are kept to be shown, all are counted. */
final class Problems {

    static final int LISTED = 1_000;
    private final List<Problem> listed = new ArrayList<>();
    private int total;

    void add(SheetRow row, Column column, String key, Object... args) {
        add(row.sheet(), row.number(), column, key, args);
    }

    void add(String sheet, int row, Column column, String key, Object... args) {
        total++;
        if (listed.size() < LISTED) {
            var texts = Arrays.stream(args).map(String::valueOf).toList();
            listed.add(new Problem(sheet, row, column == null ? null : column.messageKey(), key, texts));
        }
    }

    List<Problem> listed() {
        return listed;
    }

    int total() {
        return total;
    }

    boolean isEmpty() {
        return total == 0;
    }
}

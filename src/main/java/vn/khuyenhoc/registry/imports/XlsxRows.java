package vn.khuyenhoc.registry.imports;

import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * The imports' streaming .xlsx reader opened to the registry's API ({@link vn.khuyenhoc.registry.SpreadsheetRows}):
 * the same zip checks, StAX reading and reader thread as every registry import, without its staging.
 */
public final class XlsxRows {

    private XlsxRows() {
    }

    /** Calls the sink with each row of the first sheet: its 1-based number and its cells as text. */
    public static void readFirstSheet(Path file, BiConsumer<Integer, String[]> sink) {
        try (var source = XlsxSource.open(file)) {
            var names = source.sheetNames();
            if (names.isEmpty()) {
                return;
            }
            source.rows(names.get(0), row -> sink.accept(row.number(), row.cells()));
        }
    }
}

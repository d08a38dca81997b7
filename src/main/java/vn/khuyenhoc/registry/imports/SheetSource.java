package vn.khuyenhoc.registry.imports;

import java.util.List;
import java.util.function.Consumer;

/**
 * A file of sheets read row by row, never whole: an .xlsx workbook or a CSV (one sheet). Rows past
 * {@link #MAX_ROWS} refuse the file; cells longer than {@link #MAX_CELL} are cut to one character more, so that
 * the reader reports them as too long without holding them.
 */
sealed interface SheetSource extends AutoCloseable permits XlsxSource, CsvSource {

    int MAX_ROWS = 1_000_000;
    int MAX_CELL = 1_000;
    int MAX_COLUMNS = 64;

    List<String> sheetNames();

    void rows(String sheet, Consumer<SheetRow> sink);

    @Override
    void close();

    static String cut(String value) {
        return value != null && value.length() > MAX_CELL ? value.substring(0, MAX_CELL + 1) : value;
    }
}

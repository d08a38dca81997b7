package vn.khuyenhoc.registry;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import vn.khuyenhoc.registry.imports.XlsxRows;

/**
 * Reads an uploaded .xlsx row by row with the registry imports' reader (zip-bomb checks, streaming, cells as text:
 * whole numbers without separators, dates dd/MM/yyyy), for other modules' uploads. A file that is not a workbook is
 * refused with {@code registry.imports.notExcel}.
 */
public final class SpreadsheetRows {

    /** One row as the spreadsheet numbers it (1-based) with its cells as text. */
    public record Row(int number, List<String> cells) {

        /** The cell's text, trimmed ("" when absent). */
        public String cell(int index) {
            String value = index >= 0 && index < cells.size() ? cells.get(index) : null;
            return value == null ? "" : value.trim();
        }
    }

    private SpreadsheetRows() {
    }

    public static void readFirstSheet(Path xlsx, Consumer<Row> sink) {
        XlsxRows.readFirstSheet(xlsx, (number, cells) -> sink.accept(new Row(number, Arrays.asList(cells))));
    }
}

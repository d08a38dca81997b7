package vn.khuyenhoc.registry.imports;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * A worksheet's cells made into rows of text, whichever reader found them: shared and inline strings as written,
 * formula cells by the value Excel cached (never evaluated), dates dd/MM/yyyy, whole numbers without separators (a
 * year stays "1985"). Leaner than POI's SheetContentsHandler, which formats every cell through DataFormatter.
 */
final class SheetCells implements SheetScanner.Cells {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final SharedStrings strings;
    private final StylesTable styles;
    private final String sheet;
    private final Consumer<SheetRow> sink;
    private final Boolean[] dateStyles = new Boolean[1024];
    private final String[] cells = new String[SheetSource.MAX_COLUMNS];
    private final StringBuilder inline = new StringBuilder();
    private int last = -1;
    private int count;
    private int row;
    private int column = -1;
    private String type;
    private int style;
    private boolean inInline;

    SheetCells(SharedStrings strings, StylesTable styles, String sheet, Consumer<SheetRow> sink) {
        this.strings = strings;
        this.styles = styles;
        this.sheet = sheet;
        this.sink = sink;
    }

    @Override
    public void row(int number) {
        row = number < 0 ? row + 1 : number;
        Arrays.fill(cells, 0, last + 1, null);
        last = -1;
        column = -1;
    }

    @Override
    public void cell(int cellColumn, String cellType, int cellStyle) {
        column = cellColumn < 0 ? column + 1 : cellColumn;
        type = cellType;
        style = cellStyle;
    }

    @Override
    public void value(String raw) {
        put(formatted(raw));
    }

    @Override
    public void inline(boolean start) {
        inInline = start;
        if (start) {
            inline.setLength(0);
        } else {
            put(inline.toString());
        }
    }

    @Override
    public void inlineText(String text) {
        if (inInline && inline.length() <= SheetSource.MAX_CELL) {
            inline.append(text);
        }
    }

    @Override
    public void rowEnd() {
        if (++count > SheetSource.MAX_ROWS) {
            throw new InvalidInput("registry.imports.tooManyRows", SheetSource.MAX_ROWS);
        }
        sink.accept(new SheetRow(sheet, row, Arrays.copyOf(cells, last + 1)));
    }

    private void put(String value) {
        if (column >= 0 && column < SheetSource.MAX_COLUMNS) {
            cells[column] = SheetSource.cut(value);
            last = Math.max(last, column);
        }
    }

    private String formatted(String raw) {
        if (type == null || type.equals("n")) {
            return numeric(raw, style);
        }
        return switch (type) {
            case "s" -> strings.get(SheetXml.integer(raw, -1));
            case "b" -> raw.equals("1") ? "TRUE" : "FALSE";
            default -> raw;
        };
    }

    private String numeric(String raw, int style) {
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        if (isDate(style) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value).toLocalDate().format(DAY);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return raw;
    }

    private boolean isDate(int style) {
        if (style <= 0 || styles == null || style >= styles.getNumCellStyles()) {
            return false;
        }
        if (style < dateStyles.length && dateStyles[style] != null) {
            return dateStyles[style];
        }
        var cellStyle = styles.getStyleAt(style);
        boolean date = cellStyle != null
                && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        if (style < dateStyles.length) {
            dateStyles[style] = date;
        }
        return date;
    }
}

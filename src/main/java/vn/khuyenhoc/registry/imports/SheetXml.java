package vn.khuyenhoc.registry.imports;

import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.StylesTable;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * One worksheet's XML read with StAX, cell by cell, into rows of text: shared and inline strings as written, formula
 * cells by the value Excel cached (never evaluated), dates dd/MM/yyyy, whole numbers without separators (a year
 * stays "1985"). Leaner than POI's SheetContentsHandler, which formats every cell through DataFormatter.
 */
final class SheetXml {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final SharedStrings strings;
    private final StylesTable styles;
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

    SheetXml(SharedStrings strings, StylesTable styles) {
        this.strings = strings;
        this.styles = styles;
    }

    void read(String sheet, InputStream xml, Consumer<SheetRow> sink) throws XMLStreamException {
        XMLStreamReader in = XMLHelper.newXMLInputFactory().createXMLStreamReader(xml);
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                start(in);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = in.getLocalName();
                if (name.equals("is")) {
                    inInline = false;
                    put(column, inline.toString());
                } else if (name.equals("row")) {
                    emit(sheet, row, sink);
                }
            }
        }
        in.close();
    }

    private void start(XMLStreamReader in) throws XMLStreamException {
        switch (in.getLocalName()) {
            case "row" -> {
                row = integer(in.getAttributeValue(null, "r"), row + 1);
                Arrays.fill(cells, 0, last + 1, null);
                last = -1;
                column = -1;
            }
            case "c" -> {
                String reference = in.getAttributeValue(null, "r");
                column = reference == null ? column + 1 : column(reference);
                type = in.getAttributeValue(null, "t");
                style = integer(in.getAttributeValue(null, "s"), 0);
            }
            case "v" -> put(column, value(in.getElementText(), type, style));
            case "is" -> {
                inInline = true;
                inline.setLength(0);
            }
            case "t" -> {
                if (inInline && inline.length() <= SheetSource.MAX_CELL) {
                    inline.append(in.getElementText());
                }
            }
            default -> { }
        }
    }

    private void emit(String sheet, int row, Consumer<SheetRow> sink) {
        if (++count > SheetSource.MAX_ROWS) {
            throw new InvalidInput("registry.imports.tooManyRows", SheetSource.MAX_ROWS);
        }
        sink.accept(new SheetRow(sheet, row, Arrays.copyOf(cells, last + 1)));
    }

    private void put(int column, String value) {
        if (column >= 0 && column < SheetSource.MAX_COLUMNS) {
            cells[column] = SheetSource.cut(value);
            last = Math.max(last, column);
        }
    }

    private String value(String raw, String type, int style) {
        if (type == null || type.equals("n")) {
            return numeric(raw, style);
        }
        return switch (type) {
            case "s" -> strings.get(integer(raw, -1));
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

    private static int integer(String text, int fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }
}

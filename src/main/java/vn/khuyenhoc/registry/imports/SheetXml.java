package vn.khuyenhoc.registry.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.StylesTable;

/**
 * One worksheet's XML read into rows ({@link SheetCells}). UTF-8, which Excel and every other producer write, is
 * read by {@link SheetScanner} from its bytes; a sheet in another encoding by StAX, which reads any.
 */
final class SheetXml {

    private static final int PROLOG = 256;
    private final SharedStrings strings;
    private final StylesTable styles;

    SheetXml(SharedStrings strings, StylesTable styles) {
        this.strings = strings;
        this.styles = styles;
    }

    void read(String sheet, InputStream xml, Consumer<SheetRow> sink) throws XMLStreamException, IOException {
        var cells = new SheetCells(strings, styles, sheet, sink);
        var in = new BufferedInputStream(xml, 1 << 16);
        in.mark(PROLOG);
        byte[] start = in.readNBytes(PROLOG);
        in.reset();
        if (utf8(start)) {
            new SheetScanner(in, cells).scan();
        } else {
            stax(in, cells);
        }
    }

    /** No byte-order mark of UTF-16 or 32, no zero byte (UTF-16 without a mark), no other declared encoding. */
    private static boolean utf8(byte[] start) {
        String prolog = new String(start, StandardCharsets.ISO_8859_1);
        if (prolog.indexOf('\0') >= 0 || prolog.startsWith("\u00FE\u00FF") || prolog.startsWith("\u00FF\u00FE")) {
            return false;
        }
        int end = prolog.indexOf("?>");
        String declaration = prolog.startsWith("<?xml") || prolog.startsWith("\u00EF\u00BB\u00BF<?xml")
                ? prolog.substring(0, end < 0 ? prolog.length() : end).toLowerCase(Locale.ROOT) : "";
        int encoding = declaration.indexOf("encoding");
        return encoding < 0 || declaration.substring(encoding).matches("(?s)encoding\\s*=\\s*[\"']utf-8[\"'].*");
    }

    private static void stax(InputStream xml, SheetCells cells) throws XMLStreamException {
        XMLStreamReader in = XMLHelper.newXMLInputFactory().createXMLStreamReader(xml);
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                start(in, cells);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = in.getLocalName();
                if (name.equals("is")) {
                    cells.inline(false);
                } else if (name.equals("row")) {
                    cells.rowEnd();
                }
            }
        }
        in.close();
    }

    private static void start(XMLStreamReader in, SheetCells cells) throws XMLStreamException {
        switch (in.getLocalName()) {
            case "row" -> cells.row(integer(in.getAttributeValue(null, "r"), -1));
            case "c" -> {
                String reference = in.getAttributeValue(null, "r");
                cells.cell(reference == null ? -1 : column(reference), in.getAttributeValue(null, "t"),
                        integer(in.getAttributeValue(null, "s"), 0));
            }
            case "v" -> cells.value(in.getElementText());
            case "is" -> cells.inline(true);
            case "t" -> cells.inlineText(in.getElementText());
            default -> { }
        }
    }

    static int integer(String text, int fallback) {
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

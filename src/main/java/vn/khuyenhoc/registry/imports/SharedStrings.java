package vn.khuyenhoc.registry.imports;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * The workbook's shared strings as plain Java strings, read with StAX (POI's read-only table wraps each lookup in
 * a rich-text object, which costs more than the whole sheet). Phonetic runs are skipped; each string is cut to
 * one character over the cell limit, so a huge one is reported, not held.
 */
final class SharedStrings {

    private final List<String> strings = new ArrayList<>();

    SharedStrings(InputStream xml) throws XMLStreamException {
        if (xml == null) {
            return;
        }
        XMLStreamReader in = XMLHelper.newXMLInputFactory().createXMLStreamReader(xml);
        var text = new StringBuilder();
        int phonetic = 0;
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (in.getLocalName()) {
                    case "si" -> text.setLength(0);
                    case "rPh" -> phonetic++;
                    case "t" -> {
                        String part = in.getElementText();
                        if (phonetic == 0 && text.length() <= SheetSource.MAX_CELL) {
                            text.append(part);
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (in.getLocalName()) {
                    case "si" -> strings.add(SheetSource.cut(text.toString()));
                    case "rPh" -> phonetic--;
                    default -> { }
                }
            }
        }
        in.close();
    }

    /** The string at an index; "" for an index the table lacks (a damaged file). */
    String get(int index) {
        return index >= 0 && index < strings.size() ? strings.get(index) : "";
    }
}

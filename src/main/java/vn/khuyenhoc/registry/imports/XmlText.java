package vn.khuyenhoc.registry.imports;

import java.nio.charset.StandardCharsets;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * XML character data in UTF-8 made into text: the five named entities and character references decoded, line
 * ends made "\n" as an XML parser does. Text cut short (by the scanner's limit) may end inside a reference or a
 * character: what cannot be read there is dropped, since such a text is already longer than any cell may be.
 */
final class XmlText {

    static final byte[] AMPERSAND = "&amp;".getBytes(StandardCharsets.US_ASCII);

    private XmlText() {
    }

    static String decode(byte[] bytes, int length) {
        return decode(bytes, 0, length);
    }

    static String decode(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '&' || bytes[i] == '\r') {
                return slow(bytes, from, to);
            }
        }
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    private static String slow(byte[] bytes, int from, int to) {
        var text = new StringBuilder(to - from);
        int run = from;
        int i = from;
        while (i < to) {
            byte b = bytes[i];
            if (b != '&' && b != '\r') {
                i++;
                continue;
            }
            text.append(new String(bytes, run, i - run, StandardCharsets.UTF_8));
            if (b == '\r') {
                text.append('\n');
                i += i + 1 < to && bytes[i + 1] == '\n' ? 2 : 1;
            } else {
                int semicolon = i + 1;
                while (semicolon < to && bytes[semicolon] != ';' && semicolon - i < 12) {
                    semicolon++;
                }
                if (semicolon >= to || bytes[semicolon] != ';') {
                    if (semicolon >= to) {
                        return text.toString(); // cut inside a reference
                    }
                    throw new InvalidInput("registry.imports.notExcel");
                }
                text.appendCodePoint(reference(new String(bytes, i + 1, semicolon - i - 1, StandardCharsets.US_ASCII)));
                i = semicolon + 1;
            }
            run = i;
        }
        return text.append(new String(bytes, run, to - run, StandardCharsets.UTF_8)).toString();
    }

    private static int reference(String name) {
        switch (name) {
            case "amp": return '&';
            case "lt": return '<';
            case "gt": return '>';
            case "quot": return '"';
            case "apos": return '\'';
            default: break;
        }
        try {
            int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                    : name.startsWith("#") ? Integer.parseInt(name.substring(1)) : -1;
            if (Character.isValidCodePoint(code)) {
                return code;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInput("registry.imports.notExcel");
    }
}

package vn.khuyenhoc.geography.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 (with or without a byte-order mark): fields separated by commas, optionally in double
 * quotes (a quoted field may hold commas, doubled quotes and line breaks). Each row keeps the number of the
 * line it starts on, so that messages name it.
 */
final class CsvReader {

    record Row(int line, List<String> fields) {
    }

    private final String text;
    private int position;
    private int line = 1;

    private CsvReader(String text) {
        this.text = text;
    }

    static List<Row> read(byte[] content) {
        var reader = new CsvReader(decode(content));
        var rows = new ArrayList<Row>();
        while (reader.position < reader.text.length()) {
            int start = reader.line;
            List<String> fields = reader.row();
            if (!(fields.size() == 1 && fields.get(0).isBlank())) {
                rows.add(new Row(start, fields));
            }
        }
        return rows;
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw Where.line(1).reject("notUtf8");
        }
    }

    private List<String> row() {
        var fields = new ArrayList<String>();
        while (true) {
            fields.add(position < text.length() && text.charAt(position) == '"' ? quoted() : plain());
            if (position >= text.length()) {
                return fields;
            }
            char separator = text.charAt(position++);
            if (separator != ',') {
                endOfLine(separator);
                return fields;
            }
        }
    }

    private void endOfLine(char separator) {
        if (separator == '\r' && position < text.length() && text.charAt(position) == '\n') {
            position++;
        }
        line++;
    }

    private String plain() {
        int start = position;
        while (position < text.length() && ",\r\n".indexOf(text.charAt(position)) < 0) {
            if (text.charAt(position) == '"') {
                throw Where.line(line).reject("csvQuote");
            }
            position++;
        }
        return text.substring(start, position);
    }

    private String quoted() {
        int startLine = line;
        var field = new StringBuilder();
        position++;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"' && position < text.length() && text.charAt(position) == '"') {
                field.append('"');
                position++;
            } else if (c == '"') {
                if (position < text.length() && ",\r\n".indexOf(text.charAt(position)) < 0) {
                    throw Where.line(line).reject("csvQuote");
                }
                return field.toString();
            } else {
                line += c == '\n' ? 1 : 0;
                field.append(c);
            }
        }
        throw Where.line(startLine).reject("csvQuote");
    }
}

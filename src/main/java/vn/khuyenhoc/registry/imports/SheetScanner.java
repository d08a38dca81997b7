package vn.khuyenhoc.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * A worksheet's XML read straight from its UTF-8 bytes, for the little a sheet's cells need: rows, cells with
 * their reference, type and style, values and inline strings. Everything else (formulas, columns, styles,
 * comments) is stepped over without decoding. StAX decoded, interned and checked every name and attribute of a
 * 200 MB sheet, which made it the slowest part of a preview (bench/README.md). Malformed structure is read
 * leniently (the rows then carry problems), a document type is refused, and nothing grows without bound:
 * a tag is at most {@link #MAX_TAG} bytes, a text is kept to {@link #MAX_TEXT} bytes (enough for a cell to be
 * reported as too long).
 */
final class SheetScanner {

    /** What a sheet's cells are made of, in document order. */
    interface Cells {
        /** A row starts: its number, or -1 when it does not say. */
        void row(int number);

        /** A cell starts: its 0-based column (or -1 when it does not say), its type and its style. */
        void cell(int column, String type, int style);

        void value(String text);

        void inline(boolean start);

        void inlineText(String text);

        void rowEnd();
    }

    static final int MAX_TAG = 1 << 16;
    static final int MAX_TEXT = 8 * 1024;
    private final InputStream in;
    private final Cells cells;
    private final byte[] buffer = new byte[MAX_TAG * 2];
    private final byte[] text = new byte[MAX_TEXT];
    private final SheetTag tag = new SheetTag();
    private int position;
    private int limit;
    private int textLength;
    private boolean capturing;
    private boolean inline;

    SheetScanner(InputStream in, Cells cells) {
        this.in = in;
        this.cells = cells;
    }

    void scan() throws IOException {
        fill();
        if (limit - position >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB
                && (buffer[2] & 0xFF) == 0xBF) {
            position = 3;
        }
        while (true) {
            int start = textUntilMarkup();
            if (start < 0) {
                return;
            }
            position = start + 1;
            markup();
        }
    }

    /** Keeps the text before the next '<' when a value is being read; answers its index, or -1 at the end. */
    private int textUntilMarkup() throws IOException {
        while (true) {
            for (int i = position; i < limit; i++) {
                if (buffer[i] == '<') {
                    keep(position, i);
                    return i;
                }
            }
            keep(position, limit);
            position = limit;
            if (!fill()) {
                return -1;
            }
        }
    }

    private void markup() throws IOException {
        if (!available(1)) {
            return;
        }
        byte first = buffer[position];
        if (first == '?') {
            skipPast("?>");
        } else if (first == '!') {
            declaration();
        } else {
            element(first == '/');
        }
    }

    private void declaration() throws IOException {
        if (startsWith("!--")) {
            skipPast("-->");
        } else if (startsWith("![CDATA[")) {
            position += 8;
            cdata();
        } else {
            // a document type could declare entities that expand without bound: never in a worksheet
            throw new InvalidInput("registry.imports.notExcel");
        }
    }

    private void element(boolean end) throws IOException {
        int close = tagEnd();
        tag.read(buffer, end ? position + 1 : position, close);
        position = close + 1;
        String name = tag.name();
        if (end) {
            ended(name);
            return;
        }
        started(name);
        if (tag.selfClosing()) {
            ended(name);
        }
    }

    private void started(String name) {
        capturing = false;
        switch (name) {
            case "row" -> cells.row(tag.rowNumber());
            case "c" -> cells.cell(tag.column(), tag.type(), tag.style());
            case "v" -> capture();
            case "is" -> {
                inline = true;
                cells.inline(true);
            }
            case "t" -> {
                if (inline) {
                    capture();
                }
            }
            default -> { }
        }
    }

    private void ended(String name) {
        boolean captured = capturing;
        capturing = false;
        switch (name) {
            case "v" -> {
                if (captured) {
                    cells.value(XmlText.decode(text, textLength));
                }
            }
            case "t" -> {
                if (captured && inline) {
                    cells.inlineText(XmlText.decode(text, textLength));
                }
            }
            case "is" -> {
                inline = false;
                cells.inline(false);
            }
            case "row" -> cells.rowEnd();
            default -> { }
        }
    }

    private void capture() {
        capturing = true;
        textLength = 0;
    }

    private void keep(int from, int to) {
        if (capturing && to > from) {
            int length = Math.min(to - from, MAX_TEXT - textLength);
            System.arraycopy(buffer, from, text, textLength, length);
            textLength += length;
        }
    }

    /** The index of the '>' closing the tag at the position (outside quoted values), the tag wholly buffered. */
    private int tagEnd() throws IOException {
        byte quote = 0;
        int i = position;
        while (true) {
            for (; i < limit; i++) {
                byte b = buffer[i];
                if (quote != 0) {
                    quote = b == quote ? 0 : quote;
                } else if (b == '"' || b == '\'') {
                    quote = b;
                } else if (b == '>') {
                    return i;
                }
            }
            int offset = i - position;
            if (offset >= MAX_TAG || !fill()) {
                throw new InvalidInput("registry.imports.notExcel");
            }
            i = position + offset;
        }
    }

    private void cdata() throws IOException {
        while (true) {
            for (int i = position; i + 2 < limit; i++) {
                if (buffer[i] == ']' && buffer[i + 1] == ']' && buffer[i + 2] == '>') {
                    keepVerbatim(position, i);
                    position = i + 3;
                    return;
                }
            }
            int kept = Math.max(position, limit - 2);
            keepVerbatim(position, kept);
            position = kept;
            if (!fill()) {
                return;
            }
        }
    }

    /** CDATA is text as it stands: its ampersands are escaped so that decoding gives them back. */
    private void keepVerbatim(int from, int to) {
        for (int i = from; i < to && capturing; i++) {
            if (buffer[i] == '&') {
                keepBytes(XmlText.AMPERSAND);
            } else if (textLength < MAX_TEXT) {
                text[textLength++] = buffer[i];
            }
        }
    }

    private void keepBytes(byte[] bytes) {
        int length = Math.min(bytes.length, MAX_TEXT - textLength);
        System.arraycopy(bytes, 0, text, textLength, length);
        textLength += length;
    }

    private void skipPast(String terminator) throws IOException {
        byte[] end = terminator.getBytes(StandardCharsets.US_ASCII);
        while (true) {
            for (int i = position; i + end.length <= limit; i++) {
                if (matches(i, end)) {
                    position = i + end.length;
                    return;
                }
            }
            position = Math.max(position, limit - end.length + 1);
            if (!fill()) {
                position = limit;
                return;
            }
        }
    }

    private boolean startsWith(String prefix) throws IOException {
        byte[] bytes = prefix.getBytes(StandardCharsets.US_ASCII);
        return available(bytes.length) && matches(position, bytes);
    }

    private boolean matches(int at, byte[] bytes) {
        for (int k = 0; k < bytes.length; k++) {
            if (buffer[at + k] != bytes[k]) {
                return false;
            }
        }
        return true;
    }

    private boolean available(int count) throws IOException {
        while (limit - position < count) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    /** Moves the unread bytes to the front and reads more after them; false when the stream has ended. */
    private boolean fill() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read <= 0) {
            return false;
        }
        limit += read;
        return true;
    }
}

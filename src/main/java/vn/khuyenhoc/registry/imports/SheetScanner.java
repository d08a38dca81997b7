package vn.khuyenhoc.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * A worksheet's XML read straight from its UTF-8 bytes, for the little a sheet's cells need: rows, cells with
 * their reference, type and style, values and inline strings. Everything else (formulas, columns, styles,
 * comments) is stepped over without decoding. StAX decoded, interned and checked every name and attribute of a
 * 200 MB sheet, which made it the slowest part of a preview (bench/README.md). Malformed structure is read
 * leniently (the rows then carry problems), a document type is refused, and nothing grows without bound:
 * a tag is at most {@link XmlBytes#MAX_TAG} bytes, a text is kept to {@link #MAX_TEXT} bytes (enough for a cell to be
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

    static final int MAX_TEXT = 8 * 1024;
    private final XmlBytes bytes;
    private final Cells cells;
    private final byte[] text = new byte[MAX_TEXT];
    private final SheetTag tag = new SheetTag();
    private int textLength;
    private boolean capturing;
    private boolean inline;

    SheetScanner(InputStream in, Cells cells) {
        this.bytes = new XmlBytes(in);
        this.cells = cells;
    }

    void scan() throws IOException {
        bytes.fill();
        if (bytes.limit - bytes.position >= 3 && (bytes.buffer[0] & 0xFF) == 0xEF && (bytes.buffer[1] & 0xFF) == 0xBB
                && (bytes.buffer[2] & 0xFF) == 0xBF) {
            bytes.position = 3;
        }
        while (true) {
            int start = textUntilMarkup();
            if (start < 0) {
                return;
            }
            bytes.position = start + 1;
            markup();
        }
    }

    /** Keeps the text before the next '<' when a value is being read; answers its index, or -1 at the end. */
    private int textUntilMarkup() throws IOException {
        while (true) {
            for (int i = bytes.position; i < bytes.limit; i++) {
                if (bytes.buffer[i] == '<') {
                    keep(bytes.position, i);
                    return i;
                }
            }
            keep(bytes.position, bytes.limit);
            bytes.position = bytes.limit;
            if (!bytes.fill()) {
                return -1;
            }
        }
    }

    private void markup() throws IOException {
        if (!bytes.available(1)) {
            return;
        }
        byte first = bytes.buffer[bytes.position];
        if (first == '?') {
            bytes.skipPast("?>");
        } else if (first == '!') {
            declaration();
        } else {
            element(first == '/');
        }
    }

    private void declaration() throws IOException {
        if (bytes.startsWith("!--")) {
            bytes.skipPast("-->");
        } else if (bytes.startsWith("![CDATA[")) {
            bytes.position += 8;
            cdata();
        } else {
            // a document type could declare entities that expand without bound: never in a worksheet
            throw new InvalidInput("registry.imports.notExcel");
        }
    }

    private void element(boolean end) throws IOException {
        int close = bytes.tagEnd();
        tag.read(bytes.buffer, end ? bytes.position + 1 : bytes.position, close);
        bytes.position = close + 1;
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
            System.arraycopy(bytes.buffer, from, text, textLength, length);
            textLength += length;
        }
    }

    private void cdata() throws IOException {
        while (true) {
            for (int i = bytes.position; i + 2 < bytes.limit; i++) {
                if (bytes.buffer[i] == ']' && bytes.buffer[i + 1] == ']' && bytes.buffer[i + 2] == '>') {
                    keepVerbatim(bytes.position, i);
                    bytes.position = i + 3;
                    return;
                }
            }
            int kept = Math.max(bytes.position, bytes.limit - 2);
            keepVerbatim(bytes.position, kept);
            bytes.position = kept;
            if (!bytes.fill()) {
                return;
            }
        }
    }

    /** CDATA is text as it stands: its ampersands are escaped so that decoding gives them back. */
    private void keepVerbatim(int from, int to) {
        for (int i = from; i < to && capturing; i++) {
            if (bytes.buffer[i] == '&') {
                keepBytes(XmlText.AMPERSAND);
            } else if (textLength < MAX_TEXT) {
                text[textLength++] = bytes.buffer[i];
            }
        }
    }

    private void keepBytes(byte[] bytes) {
        int length = Math.min(bytes.length, MAX_TEXT - textLength);
        System.arraycopy(bytes, 0, text, textLength, length);
        textLength += length;
    }
}

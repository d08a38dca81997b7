package vn.khuyenhoc.registry.imports;

import vn.khuyenhoc.shared.InvalidInput;

/**
 * The tag {@link SheetScanner} stands on, read in place from its buffer: its local name (namespace prefix dropped)
 * as one of the few a sheet's cells need, else empty; its attributes only when asked, by local name.
 */
final class SheetTag {

    private static final String[] NAMES = {"row", "c", "v", "is", "t"};
    private static final String[] TYPES = {"inlineStr", "s", "n", "str", "b", "e", "d"};
    private final int[] found = new int[2];
    private byte[] buffer;
    private int from;
    private int to;
    private int attributes;
    private String name;
    private boolean selfClosing;

    /** Reads the tag between '<' (or '</') and '>': {@code from} is its first byte, {@code to} the '>'. */
    void read(byte[] buffer, int from, int to) {
        this.buffer = buffer;
        this.from = from;
        this.to = to;
        int end = from;
        int local = from;
        while (end < to && !space(buffer[end]) && buffer[end] != '/' && buffer[end] != '>') {
            if (buffer[end] == ':') {
                local = end + 1;
            }
            end++;
        }
        attributes = end;
        name = known(local, end);
        int last = to - 1;
        while (last > end && space(buffer[last])) {
            last--;
        }
        selfClosing = last >= from && buffer[last] == '/';
    }

    String name() {
        return name;
    }

    boolean selfClosing() {
        return selfClosing;
    }

    /** The row number of a row tag's {@code r}, or -1 when it has none (or not a number). */
    int rowNumber() {
        int[] value = locate('r');
        if (value == null) {
            return -1;
        }
        int number = 0;
        for (int i = value[0]; i < value[1]; i++) {
            byte b = buffer[i];
            if (b < '0' || b > '9' || number > 100_000_000) {
                return -1;
            }
            number = number * 10 + (b - '0');
        }
        return value[1] > value[0] ? number : -1;
    }

    /** The 0-based column of a cell tag's reference ("AB12" is 27), or -1 when it has none. */
    int column() {
        int[] value = locate('r');
        if (value == null) {
            return -1;
        }
        int column = 0;
        for (int i = value[0]; i < value[1] && buffer[i] >= 'A' && buffer[i] <= 'Z' && column < 1 << 20; i++) {
            column = column * 26 + (buffer[i] - 'A' + 1);
        }
        return column - 1;
    }

    /** A cell's style index ({@code s}), 0 when it has none. */
    int style() {
        int[] value = locate('s');
        int style = 0;
        for (int i = value == null ? 0 : value[0]; value != null && i < value[1]; i++) {
            if (buffer[i] < '0' || buffer[i] > '9' || style > 100_000_000) {
                return 0;
            }
            style = style * 10 + (buffer[i] - '0');
        }
        return style;
    }

    /** A cell's type ({@code t}): the usual ones without a new string each time; null when it has none. */
    String type() {
        int[] value = locate('t');
        if (value == null) {
            return null;
        }
        for (String known : TYPES) {
            if (equals(value[0], value[1], known)) {
                return known;
            }
        }
        return XmlText.decode(buffer, value[0], value[1]);
    }

    /** Where the value of the one-letter attribute lies (from, to), or null; attributes are read once per tag. */
    private int[] locate(char wanted) {
        int i = attributes;
        while (i < to) {
            while (i < to && (space(buffer[i]) || buffer[i] == '/')) {
                i++;
            }
            int nameStart = i;
            int local = i;
            while (i < to && buffer[i] != '=' && !space(buffer[i])) {
                if (buffer[i] == ':') {
                    local = i + 1;
                }
                i++;
            }
            int nameEnd = i;
            while (i < to && (space(buffer[i]) || buffer[i] == '=')) {
                i++;
            }
            if (i >= to || nameEnd == nameStart) {
                return null;
            }
            byte quote = buffer[i];
            if (quote != '"' && quote != '\'') {
                throw new InvalidInput("registry.imports.notExcel");
            }
            int valueStart = ++i;
            while (i < to && buffer[i] != quote) {
                i++;
            }
            if (nameEnd - local == 1 && buffer[local] == wanted) {
                found[0] = valueStart;
                found[1] = i;
                return found;
            }
            i++;
        }
        return null;
    }

    private String known(int start, int end) {
        for (String candidate : NAMES) {
            if (equals(start, end, candidate)) {
                return candidate;
            }
        }
        return "";
    }

    private boolean equals(int start, int end, String wanted) {
        if (end - start != wanted.length()) {
            return false;
        }
        for (int k = 0; k < wanted.length(); k++) {
            if (buffer[start + k] != wanted.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean space(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}

package vn.khuyenhoc.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * The window of bytes {@link SheetScanner} reads through: refilled from the stream as it moves on, never holding
 * more than twice the longest tag allowed. The scanner reads {@code buffer} between {@code position} and
 * {@code limit} directly; these are its cursor.
 */
final class XmlBytes {

    static final int MAX_TAG = 1 << 16;
    final byte[] buffer = new byte[MAX_TAG * 2];
    int position;
    int limit;
    private final InputStream in;

    XmlBytes(InputStream in) {
        this.in = in;
    }

    /** The index of the '>' closing the tag at the position (outside quoted values), the tag wholly buffered. */
    int tagEnd() throws IOException {
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

    void skipPast(String terminator) throws IOException {
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

    boolean startsWith(String prefix) throws IOException {
        byte[] bytes = prefix.getBytes(StandardCharsets.US_ASCII);
        return available(bytes.length) && matches(position, bytes);
    }

    boolean matches(int at, byte[] bytes) {
        for (int k = 0; k < bytes.length; k++) {
            if (buffer[at + k] != bytes[k]) {
                return false;
            }
        }
        return true;
    }

    boolean available(int count) throws IOException {
        while (limit - position < count) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    /** Moves the unread bytes to the front and reads more after them; false when the stream has ended. */
    boolean fill() throws IOException {
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

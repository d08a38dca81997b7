package vn.khuyenhoc.registry.imports;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into a table with PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)}: the fastest way in, and the
 * baseline the import is measured against. Text is always quoted (so an empty text stays empty, not null),
 * byte arrays go as bytea hex.
 */
final class CopyWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final int FLUSH_AT = 1 << 20;
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private boolean firstField = true;

    private CopyWriter(CopyIn copy) {
        this.copy = copy;
    }

    /** Starts a COPY on the connection (a pooled one is unwrapped); {@code columns} is trusted code, not input. */
    static CopyWriter open(Connection connection, String table, String columns) throws SQLException {
        var api = connection.unwrap(PGConnection.class).getCopyAPI();
        return new CopyWriter(api.copyIn("copy " + table + " (" + columns + ") from stdin (format csv)"));
    }

    CopyWriter add(Object value) {
        if (!firstField) {
            buffer.append(',');
        }
        firstField = false;
        if (value instanceof String text) {
            quoted(text);
        } else if (value instanceof byte[] bytes) {
            buffer.append("\\x");
            for (byte b : bytes) {
                buffer.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        } else if (value != null) {
            buffer.append(value);
        }
        return this;
    }

    void endRow() throws SQLException {
        buffer.append('\n');
        firstField = true;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    /** Gives up a COPY that failed half-way, so that the connection can roll back and go back to the pool. */
    static void abort(CopyWriter... writers) {
        for (CopyWriter writer : writers) {
            try {
                if (writer != null && writer.copy.isActive()) {
                    writer.copy.cancelCopy();
                }
            } catch (SQLException ignored) {
                // the transaction is rolled back anyway
            }
        }
    }

    private void quoted(String text) {
        buffer.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            buffer.append(c);
            if (c == '"') {
                buffer.append('"');
            }
        }
        buffer.append('"');
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }
}

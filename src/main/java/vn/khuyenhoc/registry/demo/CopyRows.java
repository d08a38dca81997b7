package vn.khuyenhoc.registry.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)}, the fastest way in, sent on the connection of
 * the current transaction so they commit or roll back with everything else. Null is an empty unquoted field.
 */
final class CopyRows {

    private static final HexFormat HEX = HexFormat.of();
    private final StringBuilder text = new StringBuilder(1 << 20);
    private boolean lineStarted;

    CopyRows value(Object value) {
        if (lineStarted) {
            text.append(',');
        }
        lineStarted = true;
        if (value instanceof byte[] bytes) {
            text.append("\\x").append(HEX.formatHex(bytes));
        } else if (value instanceof String string) {
            quoted(string);
        } else if (value != null) {
            text.append(value);
        }
        return this;
    }

    CopyRows endRow() {
        text.append('\n');
        lineStarted = false;
        return this;
    }

    /** Sends the rows into the table's columns; returns the number of rows. */
    long copyInto(DataSource dataSource, String tableAndColumns) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + tableAndColumns + " from stdin (format csv)", new StringReader(text.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + tableAndColumns + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void quoted(String value) {
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                text.append('"');
            }
            text.append(c);
        }
        text.append('"');
    }
}

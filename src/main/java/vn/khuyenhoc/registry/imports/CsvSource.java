package vn.khuyenhoc.registry.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * A CSV file as one sheet, read as a stream: UTF-8 (a byte-order mark is skipped), fields separated by commas or
 * semicolons (whichever the header line uses), optionally in double quotes. Bytes that are not UTF-8 (a file saved
 * as Windows-1258 or 1252) refuse the file with a message saying how to save it.
 */
final class CsvSource implements SheetSource {

    private final Path file;
    private final String name;

    CsvSource(Path file, String name) {
        this.file = file;
        this.name = name;
    }

    @Override
    public List<String> sheetNames() {
        return List.of(name);
    }

    @Override
    public void rows(String sheet, Consumer<SheetRow> sink) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            new Parser(in, sink).run();
        } catch (CharacterCodingException e) {
            throw new InvalidInput("registry.imports.csvNotUtf8");
        } catch (IOException e) {
            throw new InvalidInput("registry.imports.unreadable");
        }
    }

    @Override
    public void close() {
        // nothing held open between reads
    }

    /** A small state machine over characters: a quoted field may hold separators, quotes ("") and line breaks. */
    private final class Parser {

        private final BufferedReader in;
        private final Consumer<SheetRow> sink;
        private final List<String> fields = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private char separator;
        private int line = 1;
        private int rowStart = 1;
        private int count;

        Parser(BufferedReader in, Consumer<SheetRow> sink) {
            this.in = in;
            this.sink = sink;
        }

        void run() throws IOException {
            in.mark(1 << 15);
            separator = detectSeparator(in);
            in.reset();
            int c = in.read();
            if (c == '\uFEFF') {
                c = in.read();
            }
            boolean quoted = false;
            boolean any = false;
            while (c >= 0) {
                any = true;
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int next = in.read();
                        if (next == '"') {
                            add('"');
                        } else {
                            quoted = false;
                            in.reset();
                        }
                    } else {
                        line += c == '\n' ? 1 : 0;
                        add((char) c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == separator) {
                    endField();
                } else if (c == '\n') {
                    endRow();
                    line++;
                    rowStart = line;
                    any = false;
                } else if (c != '\r') {
                    add((char) c);
                }
                c = in.read();
            }
            if (any) {
                endRow();
            }
        }

        private void add(char c) {
            if (field.length() <= MAX_CELL) {
                field.append(c);
            }
        }

        private void endField() {
            if (fields.size() < MAX_COLUMNS) {
                fields.add(field.toString());
            }
            field.setLength(0);
        }

        private void endRow() {
            endField();
            if (++count > MAX_ROWS) {
                throw new InvalidInput("registry.imports.tooManyRows", MAX_ROWS);
            }
            sink.accept(new SheetRow(name, rowStart, fields.toArray(String[]::new)));
            fields.clear();
        }
    }

    /** The header line's separator: a semicolon when it has more semicolons than commas. */
    private static char detectSeparator(BufferedReader in) throws IOException {
        int commas = 0;
        int semicolons = 0;
        for (int i = 0, c = in.read(); c >= 0 && c != '\n' && i < (1 << 14); i++, c = in.read()) {
            commas += c == ',' ? 1 : 0;
            semicolons += c == ';' ? 1 : 0;
        }
        return semicolons > commas ? ';' : ',';
    }
}

package vn.khuyenhoc.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * Reads an uploaded file into records and the problems the file alone shows, streaming, whatever its size
 * (up to {@link SheetSource#MAX_ROWS} rows). Anything that is not a readable file of the expected form ends in an
 * {@link InvalidInput} with a Vietnamese message; nothing else escapes.
 */
@Component
class ImportParser {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int PROGRESS_EVERY = 10_000;
    private final ImportVocabulary words;

    ImportParser(ImportVocabulary words) {
        this.words = words;
    }

    ParsedFile parse(ImportKind kind, String fileName, Path file, IntConsumer progress) {
        try (SheetSource source = open(fileName, file)) {
            var problems = new Problems();
            var counter = new Counter(progress);
            if (kind == ImportKind.HOUSEHOLDS) {
                return households(source, problems, counter);
            }
            if (kind == ImportKind.CITIZENS) {
                var citizens = new CitizenParser(problems);
                int normalised = read(source, sheet(source, Layout.CITIZENS), Layout.CITIZENS, problems, counter,
                        citizens::row);
                return new ParsedFile(kind, Map.of(), List.of(), citizens.citizens(), problems, normalised,
                        counter.rows);
            }
            var parser = new RecordParser(kind, problems);
            Layout layout = kind == ImportKind.CLANS ? Layout.CLANS : Layout.ORGANISATIONS;
            int normalised = read(source, sheet(source, layout), layout, problems, counter, parser::row);
            return new ParsedFile(kind, Map.of(), parser.records(), List.of(), problems, normalised, counter.rows);
        }
    }

    private ParsedFile households(SheetSource source, Problems problems, Counter counter) {
        var parser = new HouseholdParser(problems);
        List<String> names = source.sheetNames();
        String households = named(names, Layout.HOUSEHOLDS);
        String members = named(names, Layout.MEMBERS);
        int normalised;
        if (households != null && members != null) {
            normalised = read(source, households, Layout.HOUSEHOLDS, problems, counter, parser::household)
                    + read(source, members, Layout.MEMBERS, problems, counter, parser::member);
        } else {
            String single = named(names, Layout.HOUSEHOLDS_AND_MEMBERS);
            if (single == null && names.size() != 1) {
                throw wrongSheets(names, List.of(Layout.HOUSEHOLDS, Layout.MEMBERS));
            }
            normalised = read(source, single == null ? names.get(0) : single, Layout.HOUSEHOLDS_AND_MEMBERS,
                    problems, counter, parser::combined);
        }
        parser.finish();
        return new ParsedFile(ImportKind.HOUSEHOLDS, parser.households(), List.of(), List.of(), problems,
                normalised, counter.rows);
    }

    /** Reads one sheet: its first non-blank row is the header, every other non-blank row goes to the handler. */
    private int read(SheetSource source, String sheet, Layout layout, Problems problems, Counter counter,
                     RowHandler handler) {
        RowReader[] cells = new RowReader[1];
        int[] rows = {0};
        source.rows(sheet, row -> {
            if (row.isBlank()) {
                return;
            }
            if (cells[0] == null) {
                cells[0] = RowReader.of(row, layout, words, problems);
                return;
            }
            rows[0]++;
            counter.tick();
            handler.accept(row, cells[0]);
        });
        if (rows[0] == 0) {
            throw new InvalidInput("registry.imports.noRows", sheet);
        }
        return cells[0].normalised();
    }

    private String sheet(SheetSource source, Layout layout) {
        List<String> names = source.sheetNames();
        String named = named(names, layout);
        if (named == null && names.size() != 1) {
            throw wrongSheets(names, List.of(layout));
        }
        return named == null ? names.get(0) : named;
    }

    private String named(List<String> names, Layout layout) {
        return names.stream().filter(name -> words.sheet(name) == layout).findFirst().orElse(null);
    }

    private InvalidInput wrongSheets(List<String> found, List<Layout> expected) {
        String wanted = expected.stream().map(words::sheetName).collect(Collectors.joining(", "));
        return new InvalidInput("registry.imports.wrongSheets", wanted, String.join(", ", found));
    }

    private static SheetSource open(String fileName, Path file) {
        byte[] start = new byte[4];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(start, 0, 4);
        } catch (IOException e) {
            throw new InvalidInput("registry.imports.unreadable");
        }
        if (length == 0) {
            throw new InvalidInput("registry.imports.emptyFile");
        }
        if (Arrays.equals(start, ZIP)) {
            return XlsxSource.open(file);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return new CsvSource(file, "CSV");
        }
        throw new InvalidInput(name.endsWith(".xlsx") ? "registry.imports.notExcel" : "registry.imports.unsupportedFile");
    }

    @FunctionalInterface
    private interface RowHandler {
        void accept(SheetRow row, RowReader cells);
    }

    /** Rows read so far, reported every {@link #PROGRESS_EVERY}. */
    private static final class Counter {
        private final IntConsumer progress;
        private int rows;

        Counter(IntConsumer progress) {
            this.progress = progress;
        }

        void tick() {
            if (++rows % PROGRESS_EVERY == 0) {
                progress.accept(rows);
            }
        }
    }
}

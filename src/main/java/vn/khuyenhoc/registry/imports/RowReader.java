package vn.khuyenhoc.registry.imports;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.Text;

/**
 * Reads the cells of one sheet by column, after its header row: text normalised (NFC, trimmed, single spaces;
 * each changed cell counted, not refused), numbers, dates and labels, each bad value noted as a problem with its
 * row and column.
 */
final class RowReader {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private final Map<Column, Integer> positions;
    private final ImportVocabulary words;
    private final Problems problems;
    private int normalised;

    private RowReader(Map<Column, Integer> positions, ImportVocabulary words, Problems problems) {
        this.positions = positions;
        this.words = words;
        this.problems = problems;
    }

    /** Maps the header's columns; refuses the sheet when a header cell is blank (merged) or a column is missing. */
    static RowReader of(SheetRow header, Layout layout, ImportVocabulary words, Problems problems) {
        var positions = new EnumMap<Column, Integer>(Column.class);
        int last = header.cells().length - 1;
        while (last >= 0 && header.cell(last).isBlank()) {
            last--;
        }
        for (int i = 0; i <= last; i++) {
            if (header.cell(i).isBlank()) {
                throw new InvalidInput("registry.imports.headerBlank", header.sheet(), header.number(), i + 1);
            }
            Column column = words.column(header.cell(i));
            if (column != null) {
                positions.putIfAbsent(column, i);
            }
        }
        var missing = layout.columns().stream().filter(c -> !positions.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInput("registry.imports.missingColumns", header.sheet(),
                    missing.stream().map(words::header).collect(Collectors.joining(", ")));
        }
        return new RowReader(positions, words, problems);
    }

    int normalised() {
        return normalised;
    }

    /** The normalised text of a cell; null when blank or too long (a problem). */
    String text(SheetRow row, Column column) {
        String raw = row.cell(positions.getOrDefault(column, -1));
        if (raw.length() > SheetSource.MAX_CELL) {
            problems.add(row, column, "registry.imports.cellTooLong", SheetSource.MAX_CELL);
            return null;
        }
        if (isClean(raw)) {
            return raw.isEmpty() ? null : raw;
        }
        String text = Text.normaliseOrNull(raw);
        if (text != null && !text.equals(raw)) {
            normalised++;
        }
        return text;
    }

    /**
     * Most cells need no normalising: no stray or unusual spaces and no combining marks (the accents of text
     * typed in NFD). Checking that is much cheaper than normalising half a million cells.
     */
    static boolean isClean(String text) {
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean odd = c == ' ' ? previous == ' ' : c < ' ' || (c >= 0x80 && !plainLetter(c)
                    && (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF'
                    || (c >= 0x0300 && c < 0x0370)));
            if (odd) {
                return false;
            }
            previous = c;
        }
        return previous != ' ' || text.isEmpty();
    }

    /**
     * Vietnamese letters with their accents (Latin-1 and Extended-A/B up to the combining marks, and Latin
     * Extended Additional) hold no space of any kind but U+0085 and U+00A0: asked first, since every name has them.
     */
    private static boolean plainLetter(char c) {
        return (c < 0x0300 && c != 0x0085 && c != 0x00A0) || (c >= 0x1E00 && c <= 0x1EFF);
    }

    Integer number(SheetRow row, Column column, String problemKey) {
        String text = text(row, column);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(row, column, problemKey, text);
            return null;
        }
    }

    /** A day as dd/MM/yyyy or a year (its 1 January); the fallback when blank. */
    LocalDate day(SheetRow row, Column column, LocalDate fallback) {
        String text = text(row, column);
        if (text == null) {
            return fallback;
        }
        try {
            if (text.matches("\\d{4}")) {
                return Year.parse(text).atDay(1);
            }
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            problems.add(row, column, "registry.imports.dayInvalid", text);
            return fallback;
        }
    }

    /** The enum value a label names; null when blank, or unknown (a problem). */
    <E extends Enum<E>> E label(SheetRow row, Column column, Class<E> type) {
        String text = text(row, column);
        if (text == null) {
            return null;
        }
        E value = words.label(type, text);
        if (value == null) {
            problems.add(row, column, "registry.imports.unknownLabel", text);
        }
        return value;
    }

    /** Like {@link #label}, and a blank cell is a problem too. */
    <E extends Enum<E>> E required(SheetRow row, Column column, Class<E> type, String missingKey) {
        if (row.cell(positions.getOrDefault(column, -1)).isBlank()) {
            problems.add(row, column, missingKey);
            return null;
        }
        return label(row, column, type);
    }

    Boolean answer(SheetRow row, Column column) {
        String text = text(row, column);
        if (text == null) {
            return null;
        }
        Boolean value = words.answer(text);
        if (value == null) {
            problems.add(row, column, "registry.imports.unknownAnswer", text);
        }
        return value;
    }
}

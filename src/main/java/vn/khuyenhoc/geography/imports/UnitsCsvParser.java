package vn.khuyenhoc.geography.imports;

import vn.khuyenhoc.geography.UnitTypes;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import vn.khuyenhoc.shared.Text;

/**
 * The CSV for villages and local changes: {@code code,name,kind,parent_code,valid_from,valid_to}, dates as
 * yyyy-MM-dd or dd/MM/yyyy, empty for an open range. Text is normalised (NFC, single spaces) as it is read.
 */
final class UnitsCsvParser {

    static final List<String> HEADER = List.of("code", "name", "kind", "parent_code", "valid_from", "valid_to");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private UnitsCsvParser() {
    }

    static List<UnitRecord> parse(byte[] content) {
        List<CsvReader.Row> rows = CsvReader.read(content);
        if (rows.isEmpty() || !header(rows.get(0)).equals(HEADER)) {
            throw Where.line(rows.isEmpty() ? 1 : rows.get(0).line()).reject("csvHeader", String.join(",", HEADER));
        }
        var records = new ArrayList<UnitRecord>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            records.add(record(row));
        }
        return records;
    }

    private static List<String> header(CsvReader.Row row) {
        return row.fields().stream().map(field -> Text.normalise(field).toLowerCase()).toList();
    }

    private static UnitRecord record(CsvReader.Row row) {
        Where where = Where.line(row.line());
        if (row.fields().size() != HEADER.size()) {
            throw where.reject("csvColumns", HEADER.size(), row.fields().size());
        }
        List<String> f = row.fields().stream().map(Text::normaliseOrNull).toList();
        String code = required(f.get(0), "code", where);
        String name = required(f.get(1), "name", where);
        String kind = required(f.get(2), "kind", where);
        String parent = f.get(3);
        var type = UnitTypes.of(kind, name, parent != null)
                .orElseThrow(() -> where.reject("unknownKind", kind));
        var range = new DateRange(date(f.get(4), where), date(f.get(5), where));
        if (range.from() != null && range.to() != null && range.from().isAfter(range.to())) {
            throw where.reject("dateOrder", range.text());
        }
        return new UnitRecord(where, code, name, type.kind(), type.name(), parent, null, range);
    }

    private static String required(String value, String column, Where where) {
        if (value == null) {
            throw where.reject("missingField", column);
        }
        return value;
    }

    private static LocalDate date(String value, Where where) {
        if (value == null) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, VIETNAMESE) : LocalDate.parse(value, ISO);
        } catch (DateTimeParseException e) {
            throw where.reject("badDate", value);
        }
    }
}

package vn.khuyenhoc.registry.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes generated households in the import formats fixed for the registry: the two-sheet .xlsx ("Hộ gia đình"
 * and "Thành viên") and the one-sheet CSV, with the Vietnamese headers and the Vietnamese labels of the enums
 * (read from {@code i18n/registry.properties}, so they are exactly what the importer reads). Both stream.
 */
public final class GeneratedSheets {

    public static final String HOUSEHOLD_SHEET = "Hộ gia đình";
    public static final String MEMBER_SHEET = "Thành viên";
    public static final List<String> HOUSEHOLD_HEADERS =
            List.of("Mã thôn", "Mã hộ", "Địa chỉ", "Điện thoại", "Mã dòng họ", "Từ ngày");
    public static final List<String> MEMBER_HEADERS = List.of("Mã thôn", "Mã hộ", "Họ và tên", "Năm sinh",
            "Giới tính", "Quan hệ với chủ hộ", "Đang học cấp", "Nghề nghiệp", "Đối tượng");
    public static final List<String> ONE_SHEET_HEADERS = Stream.concat(HOUSEHOLD_HEADERS.stream(),
            MEMBER_HEADERS.stream().skip(2)).toList();
    private static final int ROWS_IN_MEMORY = 500;
    private static final ResourceBundle LABELS = ResourceBundle.getBundle("i18n.registry", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private GeneratedSheets() {
    }

    /** The Vietnamese label of an enum value, e.g. {@code Relation.HEAD} → "Chủ hộ"; blank for null. */
    public static String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String type = value.getDeclaringClass().getSimpleName();
        return LABELS.getString("registry." + Character.toLowerCase(type.charAt(0)) + type.substring(1) + "."
                + value.name());
    }

    /** The day as the import reads it, dd/MM/yyyy. */
    public static String day(LocalDate day) {
        return HouseholdGenerator.padded(day.getDayOfMonth(), 2) + '/' + HouseholdGenerator.padded(
                day.getMonthValue(), 2) + '/' + day.getYear();
    }

    public static void writeXlsx(List<GeneratedHousehold> households, OutputStream out) throws IOException {
        writeXlsx(households.stream(), out);
    }

    public static void writeXlsx(Stream<GeneratedHousehold> households, OutputStream out) throws IOException {
        try (var workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(false);
            SXSSFSheet householdSheet = sheet(workbook, HOUSEHOLD_SHEET, HOUSEHOLD_HEADERS);
            SXSSFSheet memberSheet = sheet(workbook, MEMBER_SHEET, MEMBER_HEADERS);
            int[] next = {1, 1};
            for (Iterator<GeneratedHousehold> it = households.iterator(); it.hasNext(); ) {
                GeneratedHousehold household = it.next();
                householdRow(householdSheet.createRow(next[0]++), household);
                for (GeneratedMember member : household.members()) {
                    Row row = memberSheet.createRow(next[1]++);
                    text(row, 0, household.villageCode());
                    text(row, 1, household.code());
                    memberCells(row, 2, member);
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** The one-sheet form as UTF-8 CSV: the household's own columns on its first row only. */
    public static void writeCsv(Stream<GeneratedHousehold> households, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF');
        csvLine(writer, ONE_SHEET_HEADERS.toArray(String[]::new));
        for (Iterator<GeneratedHousehold> it = households.iterator(); it.hasNext(); ) {
            GeneratedHousehold household = it.next();
            boolean first = true;
            for (GeneratedMember member : household.members()) {
                csvLine(writer, household.villageCode(), household.code(),
                        first ? household.address() : null, first ? household.phone() : null,
                        first ? household.clanCode() : null, first ? day(household.since()) : null,
                        member.fullName(), Integer.toString(member.birthYear()), label(member.sex()),
                        label(member.relation()), label(member.schoolLevel()), member.occupation(),
                        label(member.targetGroup()));
                first = false;
            }
        }
        writer.flush();
    }

    private static SXSSFSheet sheet(SXSSFWorkbook workbook, String name, List<String> headers) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
        }
        return sheet;
    }

    private static void householdRow(Row row, GeneratedHousehold household) {
        text(row, 0, household.villageCode());
        text(row, 1, household.code());
        text(row, 2, household.address());
        text(row, 3, household.phone());
        text(row, 4, household.clanCode());
        text(row, 5, day(household.since()));
    }

    private static void memberCells(Row row, int from, GeneratedMember member) {
        text(row, from, member.fullName());
        row.createCell(from + 1).setCellValue(member.birthYear());
        text(row, from + 2, label(member.sex()));
        text(row, from + 3, label(member.relation()));
        text(row, from + 4, label(member.schoolLevel()));
        text(row, from + 5, member.occupation());
        text(row, from + 6, label(member.targetGroup()));
    }

    private static void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void csvLine(Writer writer, String... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            String value = values[i];
            if (value != null && !value.isEmpty()) {
                boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0;
                writer.write(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
            }
        }
        writer.write("\r\n");
    }
}

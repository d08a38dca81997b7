package vn.khuyenhoc.association.imports;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.Text;

/**
 * Reads a member list (.xlsx, first sheet): {@code Mã thôn | Họ và tên | Năm sinh | Ngày vào Hội | Số thẻ}, one
 * member a row after the header; headers are matched without diacritics. A small file: at most 5,000 rows.
 */
public final class MemberSheet {

    public static final List<String> HEADERS = List.of("Mã thôn", "Họ và tên", "Năm sinh", "Ngày vào Hội", "Số thẻ");
    static final int MAX_ROWS = 5_000;
    static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu");

    private MemberSheet() {
    }

    /** One row as written; {@code line} counts as Excel does (the header is line 1). */
    public record Line(int line, String villageCode, String fullName, String birthYear, String joinedOn, String card) {

        public LocalDate joinedDay() {
            try {
                return joinedOn.isEmpty() ? null : LocalDate.parse(joinedOn, DAY);
            } catch (DateTimeParseException e) {
                return LocalDate.MIN;
            }
        }
    }

    public static List<Line> read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new InvalidInput("association.import.tooLarge");
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            var sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter();
            requireHeaders(sheet.getRow(sheet.getFirstRowNum()), formatter);
            var lines = new ArrayList<Line>();
            for (int i = sheet.getFirstRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null || cell(row, 1, formatter).isEmpty() && cell(row, 0, formatter).isEmpty()) {
                    continue;
                }
                if (lines.size() == MAX_ROWS) {
                    throw new InvalidInput("association.import.tooManyRows", MAX_ROWS);
                }
                lines.add(new Line(i + 1, cell(row, 0, formatter), cell(row, 1, formatter), cell(row, 2, formatter),
                        cell(row, 3, formatter), cell(row, 4, formatter)));
            }
            return lines;
        } catch (InvalidInput e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new InvalidInput("association.import.unreadable");
        }
    }

    private static void requireHeaders(Row header, DataFormatter formatter) {
        for (int i = 0; i < HEADERS.size(); i++) {
            if (header == null || !Text.fold(cell(header, i, formatter)).equals(Text.fold(HEADERS.get(i)))) {
                throw new InvalidInput("association.import.headers", String.join(" | ", HEADERS));
            }
        }
    }

    private static String cell(Row row, int column, DataFormatter formatter) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DAY);
        }
        return Text.normalise(formatter.formatCellValue(cell));
    }
}

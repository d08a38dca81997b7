package vn.khuyenhoc.association.imports;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.Text;

/** Reads a small population sheet (.xlsx, first sheet): {@code Mã đơn vị | Năm | Dân số}, at most 5,000 rows. */
public final class PopulationSheet {

    public static final List<String> HEADERS = List.of("Mã đơn vị", "Năm", "Dân số");

    private PopulationSheet() {
    }

    /** One row as written; {@code line} counts as Excel does. */
    public record Line(int line, String unitCode, String year, String population) {
    }

    public static List<Line> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInput("association.import.noFile");
        }
        if (content.length > MemberSheet.MAX_BYTES) {
            throw new InvalidInput("association.import.tooLarge");
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            var sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter();
            Row header = sheet.getRow(sheet.getFirstRowNum());
            for (int i = 0; i < HEADERS.size(); i++) {
                if (header == null || !Text.fold(cell(header, i, formatter)).equals(Text.fold(HEADERS.get(i)))) {
                    throw new InvalidInput("association.import.headers", String.join(" | ", HEADERS));
                }
            }
            var lines = new ArrayList<Line>();
            for (int i = sheet.getFirstRowNum() + 1; i <= sheet.getLastRowNum() && lines.size() < MemberSheet.MAX_ROWS; i++) {
                Row row = sheet.getRow(i);
                if (row != null && !cell(row, 0, formatter).isEmpty()) {
                    lines.add(new Line(i + 1, cell(row, 0, formatter), cell(row, 1, formatter),
                            cell(row, 2, formatter).replace(".", "").replace(" ", "")));
                }
            }
            return lines;
        } catch (InvalidInput e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new InvalidInput("association.import.unreadable");
        }
    }

    private static String cell(Row row, int column, DataFormatter formatter) {
        var cell = row.getCell(column);
        return cell == null ? "" : Text.normalise(formatter.formatCellValue(cell));
    }
}

package vn.khuyenhoc.round;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills in a downloaded score workbook with POI, as a user would in Excel, for the tests of the upload. */
final class WorkbookFilling {

    private WorkbookFilling() {
    }

    /** Downloads the round's reviewer sheet, lets the caller fill rows (by registration id), writes it to a file. */
    static Path filledIn(ScoreWorkbooks workbooks, long roundId, BiConsumer<Long, Row> fill) throws Exception {
        var out = new ByteArrayOutputStream();
        workbooks.download(roundId, null, SheetKind.REVIEW, out);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                fill.accept(Long.valueOf(row.getCell(0).getStringCellValue()), row);
            }
            Path file = Files.createTempFile("score-workbook-test", ".xlsx");
            try (var stream = Files.newOutputStream(file)) {
                book.write(stream);
            }
            return file;
        }
    }

    /** Columns 3… are the twenty indicators 1.1 … 4.5 of the fixtures' set, in order; the last is the notes. */
    static void every(Row row, Object value) {
        for (int c = 3; c < 23; c++) {
            if (value instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            } else {
                row.createCell(c).setCellValue(value.toString());
            }
        }
    }

    /** Excel rewrites an edited cell whole; POI editing the downloaded inline string in place would not. */
    static void replace(Row row, int column, String value) {
        row.removeCell(row.getCell(column));
        row.createCell(column).setCellValue(value);
    }
}

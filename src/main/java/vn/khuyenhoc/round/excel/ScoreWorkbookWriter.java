package vn.khuyenhoc.round.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.khuyenhoc.round.SavedSheet;

/**
 * Writes a round's score workbook: a header row in the reader's language, the hidden row of column codes, one row per
 * registration with its sheet's scores filled in. The id and version columns are hidden; the file's round and kind
 * are written after the last column of the hidden row, so an upload of another round's file is refused.
 */
public final class ScoreWorkbookWriter {

    /** A registration to write, with its sheet of the workbook's kind (null when none yet). */
    public record Line(long registrationId, String subject, SavedSheet sheet) {
    }

    private ScoreWorkbookWriter() {
    }

    public static void write(OutputStream out, String sheetName, String marker, ScoreColumns columns,
                             Function<ScoreColumns.Column, String> header, String met, String notMet, List<Line> lines)
            throws IOException {
        try (var workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            Row head = sheet.createRow(0);
            Row codes = sheet.createRow(1);
            codes.setZeroHeight(true);
            var all = columns.columns();
            for (int c = 0; c < all.size(); c++) {
                var cell = head.createCell(c);
                cell.setCellValue(header.apply(all.get(c)));
                cell.setCellStyle(bold);
                codes.createCell(c).setCellValue(all.get(c).code());
                sheet.setColumnWidth(c, (all.get(c).isScore() ? 16 : 36) * 256);
            }
            codes.createCell(all.size()).setCellValue(marker);
            sheet.setColumnHidden(0, true);
            sheet.setColumnHidden(1, true);
            sheet.setColumnHidden(all.size(), true);
            sheet.createFreezePane(3, 2);
            int next = 2;
            for (Line line : lines) {
                writeLine(sheet.createRow(next++), all, line, met, notMet);
            }
            passFailChoices(sheet, all, next, met, notMet);
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void writeLine(Row row, List<ScoreColumns.Column> columns, Line line, String met, String notMet) {
        row.createCell(0).setCellValue(String.valueOf(line.registrationId()));
        if (line.sheet() != null) {
            row.createCell(1).setCellValue(String.valueOf(line.sheet().version()));
        }
        row.createCell(2).setCellValue(line.subject());
        for (int c = 3; c < columns.size(); c++) {
            Object value = value(columns.get(c), line.sheet(), met, notMet);
            if (value instanceof BigDecimal number) {
                row.createCell(c).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(c).setCellValue(value.toString());
            }
        }
    }

    private static Object value(ScoreColumns.Column column, SavedSheet sheet, String met, String notMet) {
        if (sheet == null) {
            return null;
        }
        if (!column.isScore()) {
            return ScoreColumns.NOTES.equals(column.code()) ? sheet.notes().get(ScoreWorkbookReader.NOTE_KEY) : null;
        }
        return switch (column.code().charAt(0)) {
            case 'p' -> sheet.scores().points().get(column.nodeCode());
            case 'm' -> {
                Boolean flag = sheet.scores().met().get(column.nodeCode());
                yield flag == null ? null : flag ? met : notMet;
            }
            default -> sheet.scores().figures().get(column.code().substring(2));
        };
    }

    /** A drop-down of the two answers on every pass/fail column, so that a typo is rare (the upload still checks). */
    private static void passFailChoices(SXSSFSheet sheet, List<ScoreColumns.Column> columns, int rows, String met,
                                        String notMet) {
        var helper = sheet.getDataValidationHelper();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).code().startsWith("m:") && rows > 2) {
                var validation = helper.createValidation(helper.createExplicitListConstraint(
                        new String[] {met, notMet}), new CellRangeAddressList(2, rows - 1, c, c));
                validation.setShowErrorBox(true);
                sheet.addValidationData(validation);
            }
        }
    }
}

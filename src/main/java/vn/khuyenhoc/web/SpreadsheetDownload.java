package vn.khuyenhoc.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;

/**
 * Writes a list as an .xlsx download, streaming: rows go to disk as they come, so 100,000 rows need no more
 * memory than a hundred. Headers are given already translated; numbers stay numbers (Excel formats them with
 * the reader's separators), dates are real dates shown dd/MM/yyyy, everything else is text.
 */
public final class SpreadsheetDownload {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int ROWS_IN_MEMORY = 200;

    private SpreadsheetDownload() {
    }

    /** Sends the sheet as the response, named {@code fileName} (".xlsx" is added). */
    public static void send(HttpServletResponse response, String fileName, String sheetName, List<String> headers,
                            Stream<? extends List<?>> rows) throws IOException {
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(fileName + ".xlsx", StandardCharsets.UTF_8).build().toString());
        write(response.getOutputStream(), sheetName, headers, rows);
    }

    public static void write(OutputStream out, String sheetName, List<String> headers, Stream<? extends List<?>> rows)
            throws IOException {
        try (var workbook = new SXSSFWorkbook(ROWS_IN_MEMORY); rows) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                var cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, Math.max(10, headers.get(c).length() + 4) * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows.forEach(values -> writeRow(sheet.createRow(next[0]++), values, date));
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void writeRow(Row row, List<?> values, CellStyle date) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            var cell = row.createCell(c);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag);
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }
}

package vn.khuyenhoc.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the returns template: every cell formatted as text so that codes, counts and a rate such as "70,68%"
 * come back exactly as typed, a list of the titles on a second sheet and a drop-down on the title column.
 */
final class ReturnTemplate {

    private static final int BLANK_ROWS = 200;

    private ReturnTemplate() {
    }

    static void write(OutputStream out, Function<String, String> text, List<String> headers, List<String> titles,
                      List<List<String>> units, int year) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            CellStyle plain = workbook.createCellStyle();
            plain.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            bold.cloneStyleFrom(plain);
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = workbook.createSheet(text.apply("statistics.returnSheet.sheetName"));
            var header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(text.apply(headers.get(c)));
                header.getCell(c).setCellStyle(bold);
                sheet.setDefaultColumnStyle(c, plain);
                sheet.setColumnWidth(c, (c == 1 || c == 3 ? 36 : 16) * 256);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < units.size(); r++) {
                var row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(units.get(r).get(0));
                row.createCell(1).setCellValue(units.get(r).get(1));
                row.createCell(2).setCellValue(String.valueOf(year));
                row.forEach(cell -> cell.setCellStyle(plain));
            }
            titleList(workbook, text.apply("statistics.returnSheet.titlesSheet"), titles, sheet, units.size());
            workbook.write(out);
        }
    }

    private static void titleList(XSSFWorkbook workbook, String name, List<String> titles, Sheet sheet, int rows) {
        Sheet list = workbook.createSheet(name);
        for (int r = 0; r < titles.size(); r++) {
            list.createRow(r).createCell(0).setCellValue(titles.get(r));
        }
        list.setColumnWidth(0, 48 * 256);
        var helper = sheet.getDataValidationHelper();
        var constraint = helper.createFormulaListConstraint("'" + name + "'!$A$1:$A$" + titles.size());
        var validation = helper.createValidation(constraint,
                new CellRangeAddressList(1, rows + BLANK_ROWS, 3, 3));
        validation.setShowErrorBox(false);
        sheet.addValidationData(validation);
    }
}

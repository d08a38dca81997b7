package vn.khuyenhoc.registry.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The template of each kind: an .xlsx with the sheets and headers of the fixed format in the user's language and
 * one example row (households: both sheets of the two-sheet form). Cells are text, so codes keep leading zeros.
 */
@Component
class ImportTemplates {

    private final MessageSource messages;

    ImportTemplates(MessageSource messages) {
        this.messages = messages;
    }

    byte[] template(ImportKind kind, Locale locale) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            for (Layout layout : Layout.templateOf(kind)) {
                Sheet sheet = workbook.createSheet(message(layout.messageKey(), locale));
                var header = sheet.createRow(0);
                var example = sheet.createRow(1);
                List<Column> columns = layout.columns();
                for (int c = 0; c < columns.size(); c++) {
                    String title = message(columns.get(c).messageKey(), locale);
                    var cell = header.createCell(c);
                    cell.setCellValue(title);
                    cell.setCellStyle(bold);
                    var value = example.createCell(c);
                    value.setCellStyle(text);
                    value.setCellValue(example(columns.get(c), locale));
                    sheet.setColumnWidth(c, Math.max(12, title.length() + 4) * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private String example(Column column, Locale locale) {
        var labels = Map.of(Column.SEX, "registry.sex.MALE", Column.RELATION, "registry.relation.HEAD",
                Column.TARGET_GROUP, "registry.targetGroup.FARMER", Column.ORGANISATION_KIND,
                "registry.organisationKind.PRIMARY_SCHOOL", Column.MANAGING_LEVEL, "registry.managingLevel.COMMUNE",
                Column.HAS_BOARD, "registry.imports.yes");
        if (labels.containsKey(column)) {
            return message(labels.get(column), locale);
        }
        return switch (column) {
            case VILLAGE_CODE -> "22969-008";
            case COMMUNE_CODE -> "22969";
            case HOUSEHOLD_CODE -> "001";
            case CLAN_CODE -> "DH01";
            case ORGANISATION_CODE -> "TH01";
            case PHONE -> "0912345678";
            case SINCE -> "01/01/2024";
            case BIRTH_YEAR -> "1975";
            case STAFF_COUNT -> "35";
            case SCHOOL_LEVEL -> "";
            default -> message("registry.imports.example." + column.name(), locale);
        };
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

package vn.khuyenhoc.documents;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** An attached list as a bordered Word table whose first row is marked to repeat on every page. */
final class DocxTable {

    private DocxTable() {
    }

    static void write(XWPFDocument document, AttachedTable attachment) {
        List<AttachedTable.Column> columns = attachment.columns();
        XWPFTable table = document.createTable(1, columns.size());
        table.setWidth("100%");
        int total = columns.stream().mapToInt(AttachedTable.Column::width).sum();
        int[] percents = columns.stream().mapToInt(c -> 100 * c.width() / total).toArray();
        DocxWriter.grid(table, percents);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns.size(); c++) {
            header.getCell(c).setWidth(percents[c] + "%");
            fill(header, c, columns.get(c).heading(), true);
        }
        for (List<String> values : attachment.rows()) {
            XWPFTableRow row = table.createRow();
            for (int c = 0; c < values.size(); c++) {
                fill(row, c, values.get(c), false);
            }
        }
    }

    private static void fill(XWPFTableRow row, int column, String text, boolean header) {
        var paragraph = row.getCell(column).getParagraphs().get(0);
        if (header || column == 0) {
            paragraph.setAlignment(ParagraphAlignment.CENTER);
        }
        DocxWriter.run(paragraph, text == null ? "" : text, 12, header, false);
    }
}

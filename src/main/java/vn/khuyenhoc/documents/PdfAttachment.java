package vn.khuyenhoc.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/**
 * The attached list of a document as a bordered table whose header row repeats on every page. Rows are handed
 * to the writer in slices, so a list of 10,000 subjects never sits in memory as one laid-out table.
 */
final class PdfAttachment {

    private static final int SLICE = 200;
    private static final float SIZE = 12f;

    private PdfAttachment() {
    }

    static void add(Document document, AttachedTable attachment) throws DocumentException {
        document.add(PdfBlocks.centered(attachment.title(), PdfFonts.bold(PdfBlocks.TEXT)));
        if (attachment.subtitle() != null) {
            document.add(PdfBlocks.centered(attachment.subtitle(), PdfFonts.italic(13)));
        }
        PdfPTable table = PdfBlocks.table(widths(attachment.columns()));
        table.setSpacingBefore(10);
        table.setHeaderRows(1);
        table.setComplete(false);
        Font bold = PdfFonts.bold(SIZE);
        attachment.columns().forEach(c -> table.addCell(cell(c.heading(), bold, Element.ALIGN_CENTER)));
        Font regular = PdfFonts.regular(SIZE);
        int count = 0;
        for (List<String> row : attachment.rows()) {
            for (int c = 0; c < row.size(); c++) {
                table.addCell(cell(row.get(c), regular, c == 0 ? Element.ALIGN_CENTER : Element.ALIGN_LEFT));
            }
            if (++count % SLICE == 0) {
                document.add(table);
            }
        }
        table.setComplete(true);
        document.add(table);
    }

    private static float[] widths(List<AttachedTable.Column> columns) {
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).width();
        }
        return widths;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        return cell;
    }
}

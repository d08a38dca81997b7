package vn.khuyenhoc.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/**
 * A Word document in the layout of Nghị định 30/2020/NĐ-CP, written with POI: A4 portrait, margins 20/20/30/15 mm,
 * Times New Roman (the font officers have in Word; the PDF uses its metric twin), 14 pt text. The parts are the
 * same as the PDF's: heading table, title, body paragraphs, signature beside recipients, attached table.
 */
final class DocxWriter {

    static final String FONT = "Times New Roman";
    private static final int TWIPS_PER_MM = 57;
    /** A4's 210 mm less the margins of 30 and 15 mm. */
    private static final int TEXT_WIDTH = 165 * TWIPS_PER_MM;

    private final XWPFDocument document = new XWPFDocument();

    DocxWriter() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(20 * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(20 * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(30 * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(15 * TWIPS_PER_MM));
    }

    /** Body and number on the left, motto and place/date on the right, in a table without borders. */
    void heading(List<String> issuingBody, String number, String placeAndDate) {
        XWPFTable table = borderless(2, new int[] {42, 58});
        XWPFTableCell body = table.getRow(0).getCell(0);
        for (int i = 0; i < issuingBody.size(); i++) {
            boolean last = i == issuingBody.size() - 1;
            XWPFParagraph line = i == 0 ? body.getParagraphs().get(0) : body.addParagraph();
            run(centered(line), issuingBody.get(i), 13, last, false);
        }
        rule(centered(body.addParagraph()), 900);
        XWPFTableCell motto = table.getRow(0).getCell(1);
        run(centered(motto.getParagraphs().get(0)), PdfBlocks.MOTTO, 12.5, true, false);
        run(centered(motto.addParagraph()), PdfBlocks.SUB_MOTTO, 13.5, true, false)
                .setUnderline(UnderlinePatterns.SINGLE);
        if (number != null) {
            run(centered(table.getRow(1).getCell(0).getParagraphs().get(0)), "Số: " + number, 13, false, false);
        }
        run(centered(table.getRow(1).getCell(1).getParagraphs().get(0)), placeAndDate, 14, false, true);
    }

    void title(String heading, String subject) {
        XWPFParagraph title = centered(document.createParagraph());
        title.setSpacingBefore(240);
        run(title, heading, 14, true, false);
        if (subject != null) {
            run(centered(document.createParagraph()), subject, 14, true, false);
        }
        rule(centered(document.createParagraph()), 2500);
    }

    void centeredLine(String text, boolean bold) {
        XWPFParagraph paragraph = centered(document.createParagraph());
        paragraph.setSpacingAfter(120);
        run(paragraph, text, 14, bold, false);
    }

    /** A justified paragraph, first line indented; {@code lead} (may be null) is set bold before the text. */
    XWPFParagraph paragraph(String lead, String text, boolean italic) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setFirstLineIndent(567);
        paragraph.setSpacingAfter(120);
        if (lead != null) {
            run(paragraph, lead, 14, true, false);
        }
        run(paragraph, text, 14, false, italic);
        return paragraph;
    }

    /** Recipients (may be empty) on the left and the signatures on the right, or side by side when several. */
    void signatures(List<String> recipients, List<Signature> signatures) {
        int columns = signatures.size() + (recipients.isEmpty() ? 0 : 1);
        XWPFTable table = borderless(columns, null);
        int column = 0;
        if (!recipients.isEmpty()) {
            XWPFTableCell left = table.getRow(0).getCell(column++);
            run(left.getParagraphs().get(0), "Nơi nhận:", 12, true, true);
            recipients.forEach(r -> run(left.addParagraph(), r, 11, false, false));
        }
        for (Signature signature : signatures) {
            XWPFTableCell cell = table.getRow(0).getCell(column++);
            XWPFParagraph first = centered(cell.getParagraphs().get(0));
            first.setSpacingBefore(240);
            if (signature.onBehalf() != null) {
                run(first, signature.onBehalf(), 14, true, false).addBreak();
            }
            XWPFRun position = run(first, signature.position(), 14, true, false);
            for (int i = 0; i < 5; i++) {
                position.addBreak();
            }
            run(centered(cell.addParagraph()), signature.name(), 14, true, false);
        }
        table.removeRow(1);
    }

    /** The attached list from a new page, its header row repeated on every page. */
    void attachment(AttachedTable attachment, boolean newPage) {
        XWPFParagraph title = centered(document.createParagraph());
        title.setPageBreak(newPage);
        run(title, attachment.title(), 14, true, false);
        if (attachment.subtitle() != null) {
            run(centered(document.createParagraph()), attachment.subtitle(), 13, false, true);
        }
        DocxTable.write(document, attachment);
    }

    void write(OutputStream out) {
        try (document) {
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private XWPFTable borderless(int columns, int[] percents) {
        XWPFTable table = document.createTable(2, columns);
        table.removeBorders();
        table.setWidth("100%");
        int[] widths = percents == null ? equal(columns) : percents;
        grid(table, widths);
        for (int c = 0; c < columns; c++) {
            table.getRow(0).getCell(c).setWidth(widths[c] + "%");
            table.getRow(1).getCell(c).setWidth(widths[c] + "%");
        }
        return table;
    }

    /** The column grid Word's schema requires (POI leaves it out): widths in twips of the text width. */
    static void grid(XWPFTable table, int[] percents) {
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        for (int percent : percents) {
            grid.addNewGridCol().setW(BigInteger.valueOf((long) TEXT_WIDTH * percent / 100));
        }
    }

    private static int[] equal(int columns) {
        int[] widths = new int[columns];
        Arrays.fill(widths, 100 / columns);
        return widths;
    }

    static XWPFRun run(XWPFParagraph paragraph, String text, double size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }

    private static XWPFParagraph centered(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    /** A short rule under a heading: the bottom border of an empty paragraph indented from both sides. */
    private static void rule(XWPFParagraph paragraph, int indent) {
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        paragraph.setSpacingAfter(120);
    }
}

package vn.khuyenhoc.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.util.List;

/**
 * The parts of an administrative document laid out as Nghị định 30/2020/NĐ-CP, Phụ lục I, shows them: the
 * issuing body top left over its number, the national motto top right over the place and date, the signature
 * block beside the recipients. Sizes in points (13–14 pt text, 12/11 pt for the recipients).
 */
final class PdfBlocks {

    static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String SUB_MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final float TEXT = 14f;
    static final float FIRST_LINE_INDENT = 28f;

    private PdfBlocks() {
    }

    /** The heading table: body and number on the left, motto and place/date on the right. */
    static PdfPTable heading(List<String> issuingBody, String number, String placeAndDate) {
        PdfPTable table = table(new float[] {42, 58});
        Paragraph body = new Paragraph();
        for (int i = 0; i < issuingBody.size(); i++) {
            boolean last = i == issuingBody.size() - 1;
            body.add(new Chunk(issuingBody.get(i), last ? PdfFonts.bold(13) : PdfFonts.regular(13)));
            body.add(newline());
        }
        body.add(shortLine(35));
        table.addCell(cell(body, Element.ALIGN_CENTER));
        Paragraph motto = new Paragraph(new Chunk(MOTTO, PdfFonts.bold(12.5f)));
        motto.add(newline());
        Chunk sub = new Chunk(SUB_MOTTO, PdfFonts.bold(13.5f));
        sub.setUnderline(0.6f, -2.5f);
        motto.add(sub);
        table.addCell(cell(motto, Element.ALIGN_CENTER));
        table.addCell(cell(number == null ? new Paragraph() : new Paragraph("Số: " + number, PdfFonts.regular(13)),
                Element.ALIGN_CENTER));
        table.addCell(cell(new Paragraph(placeAndDate, PdfFonts.italic(TEXT)), Element.ALIGN_CENTER));
        table.setSpacingAfter(18);
        return table;
    }

    /**
     * Vertical space without a glyph. Paragraph spacing in OpenPDF writes an invisible space character a few
     * points above the next line, which text extraction (search, copy, screen readers) then reads into that line.
     */
    static Paragraph gap(float points) {
        Paragraph gap = new Paragraph(points);
        gap.add(new Chunk("\n", PdfFonts.regular(points)));
        return gap;
    }

    /** The document's heading ("QUYẾT ĐỊNH") and its subject line, with a short rule under them. */
    static Paragraph title(String heading, String subject) {
        Paragraph title = centered(heading, PdfFonts.bold(TEXT));
        if (subject != null) {
            title.add(newline());
            title.add(new Chunk(subject, PdfFonts.bold(TEXT)));
        }
        title.add(newline());
        title.add(shortLine(20));
        return title;
    }

    static Paragraph centered(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    /** A paragraph of body text: justified, first line indented, 6 pt apart. */
    static Paragraph body(Phrase content) {
        Paragraph paragraph = new Paragraph(content);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent(FIRST_LINE_INDENT);
        paragraph.setLeading(TEXT * 1.25f);
        return paragraph;
    }

    /** Recipients on the left (may be empty), the signature on the right. */
    static PdfPTable signatureBlock(List<String> recipients, Signature signature) {
        PdfPTable table = table(new float[] {48, 52});
        Paragraph left = new Paragraph();
        if (!recipients.isEmpty()) {
            left.add(new Chunk("Nơi nhận:", PdfFonts.boldItalic(12)));
            recipients.forEach(r -> left.add(new Chunk("\n" + r, PdfFonts.regular(11))));
        }
        table.addCell(cell(left, Element.ALIGN_LEFT));
        table.addCell(cell(signature(signature), Element.ALIGN_CENTER));
        table.setSpacingBefore(12);
        table.setKeepTogether(true);
        return table;
    }

    static Paragraph signature(Signature signature) {
        Paragraph block = new Paragraph();
        block.setLeading(TEXT * 1.2f);
        if (signature.onBehalf() != null) {
            block.add(new Chunk(signature.onBehalf() + "\n", PdfFonts.bold(TEXT)));
        }
        block.add(new Chunk(signature.position(), PdfFonts.bold(TEXT)));
        // Room for the hand signature and the seal.
        block.add(new Chunk("\n\n\n\n\n", PdfFonts.regular(TEXT)));
        block.add(new Chunk(signature.name(), PdfFonts.bold(TEXT)));
        return block;
    }

    static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    static PdfPCell cell(Paragraph content, int alignment) {
        content.setAlignment(alignment);
        PdfPCell cell = new PdfPCell();
        cell.addElement(content);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    /** A line break in the bundled font: a bare {@code newline()} would pull in an unembedded Helvetica. */
    static Chunk newline() {
        return new Chunk("\n", PdfFonts.regular(TEXT));
    }

    private static Chunk shortLine(float percent) {
        Chunk line = new Chunk(new LineSeparator(0.6f, percent, null, Element.ALIGN_CENTER, -4));
        line.setFont(PdfFonts.regular(TEXT));
        return line;
    }
}

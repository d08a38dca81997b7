package vn.khuyenhoc.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;

/**
 * A decision as an A4 portrait PDF in the layout of Nghị định 30/2020/NĐ-CP: margins 20 mm top and bottom,
 * 30 mm left, 15 mm right; page numbers centred at the top from page 2; the attached list from a new page.
 */
final class DecisionPdf {

    static final float MM = 72f / 25.4f;

    private DecisionPdf() {
    }

    static void write(DecisionDocument decision, OutputStream out) {
        Document document = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers());
            document.addTitle(DecisionDocument.HEADING + " " + decision.number());
            document.open();
            text(document, decision);
            document.add(PdfBlocks.signatureBlock(decision.recipients(), decision.signature()));
            if (decision.attachment() != null) {
                document.newPage();
                PdfAttachment.add(document, decision.attachment());
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("the decision could not be laid out", e);
        } finally {
            document.close();
        }
    }

    /** Heading, title, authority, the grounds in italics, "QUYẾT ĐỊNH:" and the numbered articles. */
    private static void text(Document document, DecisionDocument decision) throws DocumentException {
        document.add(PdfBlocks.heading(decision.issuingBody(), decision.number(), decision.placeAndDate()));
        document.add(PdfBlocks.title(DecisionDocument.HEADING, decision.subject()));
        document.add(PdfBlocks.gap(8));
        document.add(PdfBlocks.centered(decision.authority(), PdfFonts.bold(PdfBlocks.TEXT)));
        document.add(PdfBlocks.gap(4));
        for (String ground : decision.grounds()) {
            document.add(PdfBlocks.body(new Phrase(ground, PdfFonts.italic(PdfBlocks.TEXT))));
            document.add(PdfBlocks.gap(4));
        }
        document.add(PdfBlocks.centered(DecisionDocument.HEADING + ":", PdfFonts.bold(PdfBlocks.TEXT)));
        document.add(PdfBlocks.gap(6));
        for (int i = 0; i < decision.articles().size(); i++) {
            Phrase article = new Phrase(new Chunk("Điều " + (i + 1) + ". ", PdfFonts.bold(PdfBlocks.TEXT)));
            article.add(new Chunk(decision.articles().get(i), PdfFonts.regular(PdfBlocks.TEXT)));
            document.add(PdfBlocks.body(article));
            document.add(PdfBlocks.gap(4));
        }
    }

    /** Page numbers in the top margin from the second page on, as the decree asks. */
    private static final class PageNumbers extends PdfPageEventHelper {

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page > 1) {
                float x = (document.left() + document.right()) / 2;
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase(Integer.toString(page), PdfFonts.regular(13)), x, document.top() + 10 * MM, 0);
            }
        }
    }
}

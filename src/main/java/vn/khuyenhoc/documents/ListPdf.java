package vn.khuyenhoc.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.List;

/**
 * A titled list on its own as an A4 portrait PDF: the heading of an administrative document (without a number),
 * the table with its title and subtitle, and the signature. The margins are the decision's.
 */
final class ListPdf {

    private ListPdf() {
    }

    static void write(ProposedList list, OutputStream out) {
        float mm = DecisionPdf.MM;
        Document document = new Document(PageSize.A4, 30 * mm, 15 * mm, 20 * mm, 20 * mm);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(list.table().title());
            document.open();
            document.add(PdfBlocks.heading(list.issuingBody(), null, list.placeAndDate()));
            PdfAttachment.add(document, list.table());
            document.add(PdfBlocks.signatureBlock(List.of(), list.signature()));
        } catch (DocumentException e) {
            throw new IllegalStateException("the list could not be laid out", e);
        } finally {
            document.close();
        }
    }
}

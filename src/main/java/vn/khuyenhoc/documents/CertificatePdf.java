package vn.khuyenhoc.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.List;

/**
 * Certificates as one PDF, one A4 landscape page each, framed by a double border: the national motto, the
 * granting authority, "GIẤY CÔNG NHẬN", the recognised subject and title, then the register number on the left
 * and the place, date and signature on the right.
 */
final class CertificatePdf {

    private static final float MARGIN = 22 * DecisionPdf.MM;

    private CertificatePdf() {
    }

    static void write(List<Certificate> certificates, OutputStream out, Progress progress) {
        Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, 18 * DecisionPdf.MM, 14 * DecisionPdf.MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Frame());
            document.addTitle(Certificate.GIAY_CONG_NHAN);
            document.open();
            int done = 0;
            for (Certificate certificate : certificates) {
                if (done > 0) {
                    document.newPage();
                }
                page(document, certificate);
                progress.advanced(++done, certificates.size());
            }
            if (done == 0) {
                document.add(new Paragraph(" "));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("the certificates could not be laid out", e);
        } finally {
            document.close();
        }
    }

    private static void page(Document document, Certificate certificate) throws DocumentException {
        Paragraph motto = PdfBlocks.centered(PdfBlocks.MOTTO, PdfFonts.bold(15));
        motto.add(PdfBlocks.newline());
        Chunk sub = new Chunk(PdfBlocks.SUB_MOTTO, PdfFonts.bold(15));
        sub.setUnderline(0.7f, -3f);
        motto.add(sub);
        document.add(motto);
        document.add(PdfBlocks.gap(28));
        document.add(PdfBlocks.centered(certificate.authority(), PdfFonts.bold(16)));
        document.add(PdfBlocks.gap(18));
        document.add(PdfBlocks.centered(certificate.heading(), PdfFonts.bold(36)));
        document.add(PdfBlocks.gap(14));
        document.add(PdfBlocks.centered(certificate.recipient(), PdfFonts.boldItalic(24)));
        document.add(PdfBlocks.gap(8));
        document.add(PdfBlocks.centered(certificate.achievement(), PdfFonts.regular(19)));
        document.add(PdfBlocks.gap(30));
        PdfPTable foot = PdfBlocks.table(new float[] {45, 55});
        PdfPCell register = PdfBlocks.cell(new Paragraph(certificate.registerNumber(), PdfFonts.regular(13)),
                Element.ALIGN_LEFT);
        // The register number sits at the foot of the page, level with the signer's name.
        register.setVerticalAlignment(Element.ALIGN_BOTTOM);
        foot.addCell(register);
        Paragraph right = new Paragraph(certificate.placeAndDate(), PdfFonts.italic(14));
        right.add(PdfBlocks.newline());
        right.add(PdfBlocks.signature(certificate.signature()));
        foot.addCell(PdfBlocks.cell(right, Element.ALIGN_CENTER));
        document.add(foot);
    }

    /** The double border of a certificate, drawn on every page. */
    private static final class Frame extends PdfPageEventHelper {

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContentUnder();
            float inset = 10 * DecisionPdf.MM;
            float width = document.getPageSize().getWidth();
            float height = document.getPageSize().getHeight();
            canvas.setLineWidth(2.5f);
            canvas.rectangle(inset, inset, width - 2 * inset, height - 2 * inset);
            canvas.stroke();
            canvas.setLineWidth(0.8f);
            canvas.rectangle(inset + 5, inset + 5, width - 2 * inset - 10, height - 2 * inset - 10);
            canvas.stroke();
        }
    }
}

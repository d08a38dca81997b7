package vn.khuyenhoc.documents;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Renders the paperwork of a round from the records it is given. It reads and writes no data and checks no
 * access: the caller (the module that owns the decision) has done both. Streams are written, not closed.
 */
@Service
public class Documents {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The decision as an A4 portrait PDF, its attached list from page 2 with the header repeated. */
    public void decisionPdf(DecisionDocument decision, OutputStream out) {
        DecisionPdf.write(decision, out);
    }

    /** The decision as an editable .docx, to be finished in Word before signing. */
    public void decisionDocx(DecisionDocument decision, OutputStream out) {
        DossierDocx.decision(decision, out);
    }

    public void proposalLetterDocx(ProposalLetter letter, OutputStream out) {
        DossierDocx.proposalLetter(letter, out);
    }

    public void reviewMinutesDocx(ReviewMinutes minutes, OutputStream out) {
        DossierDocx.reviewMinutes(minutes, out);
    }

    public void proposedListDocx(ProposedList list, OutputStream out) {
        DossierDocx.proposedList(list, out);
    }

    /**
     * A titled list on its own as an A4 PDF (heading, table, signature): the proposed list, a list of commendations
     * for a review conference, a fund's year report.
     */
    public void proposedListPdf(ProposedList list, OutputStream out) {
        ListPdf.write(list, out);
    }

    /** Every certificate of a batch in one PDF, one A4 landscape page each; {@code progress} hears of each page. */
    public void certificatesPdf(List<Certificate> certificates, OutputStream out, Progress progress) {
        CertificatePdf.write(certificates, out, progress);
    }

    /** A table on its own (a statistics report), A4 landscape, the header repeated on each page. */
    public void tablePdf(AttachedTable table, OutputStream out) {
        var document = new com.lowagie.text.Document(com.lowagie.text.PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
            document.addTitle(table.title());
            document.open();
            PdfAttachment.add(document, table);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("the table could not be laid out", e);
        } finally {
            document.close();
        }
    }

    /** One certificate on demand, as a one-page PDF. */
    public byte[] certificatePdf(Certificate certificate) {
        var out = new ByteArrayOutputStream(64 * 1024);
        CertificatePdf.write(List.of(certificate), out, Progress.NONE);
        return out.toByteArray();
    }
}

package vn.khuyenhoc.documents;

import java.io.OutputStream;
import java.util.List;

/** The decision and the documents of its dossier as .docx, each composed of the {@link DocxWriter} parts. */
final class DossierDocx {

    private DossierDocx() {
    }

    static void decision(DecisionDocument decision, OutputStream out) {
        DocxWriter docx = new DocxWriter();
        docx.heading(decision.issuingBody(), decision.number(), decision.placeAndDate());
        docx.title(DecisionDocument.HEADING, decision.subject());
        docx.centeredLine(decision.authority(), true);
        decision.grounds().forEach(ground -> docx.paragraph(null, ground, true));
        docx.centeredLine(DecisionDocument.HEADING + ":", true);
        for (int i = 0; i < decision.articles().size(); i++) {
            docx.paragraph("Điều " + (i + 1) + ". ", decision.articles().get(i), false);
        }
        docx.signatures(decision.recipients(), List.of(decision.signature()));
        if (decision.attachment() != null) {
            docx.attachment(decision.attachment(), true);
        }
        docx.write(out);
    }

    static void proposalLetter(ProposalLetter letter, OutputStream out) {
        DocxWriter docx = new DocxWriter();
        docx.heading(letter.issuingBody(), letter.number(), letter.placeAndDate());
        docx.title(ProposalLetter.HEADING, letter.subject());
        letter.addressees().forEach(addressee -> docx.centeredLine(addressee, false));
        letter.paragraphs().forEach(paragraph -> docx.paragraph(null, paragraph, false));
        docx.signatures(letter.recipients(), List.of(letter.signature()));
        if (letter.attachment() != null) {
            docx.attachment(letter.attachment(), true);
        }
        docx.write(out);
    }

    static void reviewMinutes(ReviewMinutes minutes, OutputStream out) {
        DocxWriter docx = new DocxWriter();
        docx.heading(minutes.issuingBody(), minutes.number(), minutes.placeAndDate());
        docx.title(ReviewMinutes.HEADING, minutes.subject());
        minutes.paragraphs().forEach(paragraph -> docx.paragraph(null, paragraph, false));
        docx.signatures(List.of(), minutes.signatures());
        if (minutes.attachment() != null) {
            docx.attachment(minutes.attachment(), true);
        }
        docx.write(out);
    }

    static void proposedList(ProposedList list, OutputStream out) {
        DocxWriter docx = new DocxWriter();
        docx.heading(list.issuingBody(), null, list.placeAndDate());
        docx.attachment(list.table(), false);
        docx.signatures(List.of(), List.of(list.signature()));
        docx.write(out);
    }
}

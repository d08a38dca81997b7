package vn.khuyenhoc.round;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Households taken through a round to a decision by the APIs, as the branch and commune officers of Liên Hương
 * would; and the papers read back (PDF with PDFBox, .docx with POI), so tests compare text, not bytes.
 */
record PaperFixtures(RoundFixtures round, Registrations registrations, ScoreSheets sheets, Decisions decisions) {

    /** Registers, scores and accepts the households (as kp8), proposes them; answers the proposal. */
    Proposal proposed(long roundId, List<Long> households) {
        round.users().signIn("kp8.lienhuong");
        var ids = new ArrayList<Long>();
        for (long household : households) {
            long registration = registrations.register(roundId, household);
            sheets.save(registration, SheetKind.REVIEW, RoundFixtures.sheet("5", null));
            sheets.review(registration, ReviewOutcome.ACCEPTED, null, round.version(registration));
            ids.add(registration);
        }
        round.users().signIn("xa.lienhuong");
        return decisions.propose(roundId, ids);
    }

    /** The whole way: proposed, then decided under the number by the commune officer; answers the decision. */
    long decided(long roundId, List<Long> households, String number) {
        Proposal proposal = proposed(roundId, households);
        return decisions.decide(proposal.id(), proposal.version(), RoundFixtures.decision(number), List.of());
    }

    static List<String> pdfPages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            var pages = new ArrayList<String>();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    static boolean landscape(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var shown = document.getPage(page);
            var box = shown.getMediaBox();
            boolean turned = shown.getRotation() % 180 != 0;
            return turned ? box.getHeight() > box.getWidth() : box.getWidth() > box.getHeight();
        }
    }

    static String docxText(byte[] docx) throws IOException {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
             var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}

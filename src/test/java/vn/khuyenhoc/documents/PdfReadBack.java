package vn.khuyenhoc.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back with PDFBox, a library independent of the one that wrote it: text per page, page shapes, fonts. */
final class PdfReadBack {

    private PdfReadBack() {
    }

    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /** Width and height in points of every page, as the reader shows it (rotation applied). */
    static List<float[]> sizes(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<float[]> sizes = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                boolean turned = page.getRotation() % 180 != 0;
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                sizes.add(turned ? new float[] {height, width} : new float[] {width, height});
            }
            return sizes;
        }
    }

    /** Names of fonts used on any page that are not embedded in the file (should be none). */
    static List<String> fontsNotEmbedded(byte[] pdf) throws IOException {
        List<String> missing = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded()) {
                        missing.add(font.getName());
                    }
                }
            }
        }
        return missing;
    }
}

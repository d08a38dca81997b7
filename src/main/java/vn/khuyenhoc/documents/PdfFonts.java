package vn.khuyenhoc.documents;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled Liberation Serif (metric-compatible with Times New Roman, every Vietnamese letter), embedded as a
 * subset with Unicode encoding so that the text can be searched and copied back out of the PDF. Read from the
 * classpath once: a system font would make the output depend on the machine.
 */
final class PdfFonts {

    private static final BaseFont REGULAR = load("LiberationSerif-Regular.ttf");
    private static final BaseFont BOLD = load("LiberationSerif-Bold.ttf");
    private static final BaseFont ITALIC = load("LiberationSerif-Italic.ttf");
    private static final BaseFont BOLD_ITALIC = load("LiberationSerif-BoldItalic.ttf");

    private PdfFonts() {
    }

    static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    static Font bold(float size) {
        return new Font(BOLD, size);
    }

    static Font italic(float size) {
        return new Font(ITALIC, size);
    }

    static Font boldItalic(float size) {
        return new Font(BOLD_ITALIC, size);
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.khuyenhoc.documents;

import java.util.List;
import java.util.regex.Pattern;
import vn.khuyenhoc.shared.Text;

/**
 * Text made fit to print: composed (NFC, so that "ễ" typed as e + two combining marks prints as the font's one
 * glyph), control characters removed (they are invalid in .docx XML), spaces collapsed. Records apply it to
 * every string they are given.
 */
final class Printable {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private Printable() {
    }

    static String line(String text) {
        return text == null ? null : Text.normalise(CONTROL.matcher(text).replaceAll(" "));
    }

    static String required(String text, String what) {
        String line = line(text);
        if (line == null || line.isEmpty()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return line;
    }

    /** For parts that may be left blank on a draft (the signer's name, the register number). */
    static String orEmpty(String text) {
        return text == null ? "" : line(text);
    }

    static List<String> lines(List<String> texts) {
        return texts == null ? List.of() : texts.stream().map(Printable::line).toList();
    }
}

package vn.khuyenhoc.shared;

/**
 * Fast paths of {@link Text} for the text nearly every cell of an import holds: Vietnamese or ASCII letters in
 * precomposed form, single spaces. Such text is already normalised and folds letter by letter through a table;
 * anything else (combining marks, other scripts, odd whitespace) takes the general, regex-based path. An import of
 * 100,000 households normalises and folds about two million cells.
 */
final class PlainText {

    /** Letters whose NFC form is themselves: Latin-1, Latin Extended-A/B and the Vietnamese block. */
    private static final char[][] LETTER_RANGES = {{0xC0, 0x24F}, {0x1EA0, 0x1EF9}};
    /** The fold of each of those letters when it is one letter (0 otherwise), filled once from the general path. */
    private static final char[] FOLDED = new char[0x1F00];

    static {
        for (char[] range : LETTER_RANGES) {
            for (char c = range[0]; c <= range[1]; c++) {
                String folded = Text.foldInGeneral(String.valueOf(c));
                FOLDED[c] = folded.length() == 1 && folded.charAt(0) < 0x80 ? folded.charAt(0) : 0;
            }
        }
    }

    private PlainText() {
    }

    /** Whether the text is already normalised: plain letters, no leading, trailing or doubled space. */
    static boolean isNormalised(String text) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == last || text.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (!isPlain(c)) {
                return false;
            }
        }
        return true;
    }

    /** The fold of a normalised text letter by letter, or null when a letter needs the general path. */
    static String foldOrNull(String normalised) {
        char[] folded = new char[normalised.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = normalised.charAt(i);
            if (c < 0x80) {
                folded[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else if (c < FOLDED.length && FOLDED[c] != 0) {
                folded[i] = FOLDED[c];
            } else {
                return null;
            }
        }
        return new String(folded);
    }

    private static boolean isPlain(char c) {
        if (c > ' ' && c < 0x7F) {
            return true;
        }
        for (char[] range : LETTER_RANGES) {
            if (c >= range[0] && c <= range[1]) {
                return true;
            }
        }
        return false;
    }
}

package vn.khuyenhoc.shared;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as users type it and as search needs it. Input is normalised at the edge (NFC, trimmed, single spaces)
 * so that "Liên  Hương" typed in NFD from a Mac matches the stored name; search compares a folded form
 * (no diacritics, "đ" → "d", lower case) kept beside the original.
 */
public final class Text {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");

    /** Collators are not safe to share between threads, and an import sorts many names at once. */
    private static final ThreadLocal<Collator> VIETNAMESE = ThreadLocal.withInitial(() -> {
        var collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        collator.setStrength(Collator.TERTIARY);
        return collator;
    });

    private Text() {
    }

    /** NFC, trimmed, runs of whitespace collapsed to one space; null stays null. */
    public static String normalise(String text) {
        if (text == null || PlainText.isNormalised(text)) {
            return text;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(composed).replaceAll(" ").trim();
    }

    /** Like {@link #normalise}, but blank becomes null. */
    public static String normaliseOrNull(String text) {
        String normalised = normalise(text);
        return normalised == null || normalised.isEmpty() ? null : normalised;
    }

    /** Escapes LIKE's wildcards so that user text matches literally ("50%" finds "50%", not "50…"). */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * The key that sorts text in Vietnamese alphabetical order (a ă â b c d đ e ê … o ô ơ … u ư …, tones after
     * letters), compared byte by byte: stored beside a name, it sorts lists the Vietnamese way in any database.
     */
    public static byte[] sortKey(String text) {
        return compact(VIETNAMESE.get().getCollationKey(normalise(text == null ? "" : text)).toByteArray());
    }

    /**
     * A key that sorts after every key of {@link #sortKey}: for records whose name is gone (erased persons), so
     * that they come last in any list without a second sort column in its index.
     */
    public static byte[] lastSortKey() {
        return new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    }

    /**
     * Java's collation key is a run of 16-bit units, and for Vietnamese nearly all are below 0xFE (their high byte
     * zero). Each unit below 0xFE becomes the single byte unit + 1, any other 0xFF and its two bytes. Compared byte
     * by byte the keys keep their order (a single byte sorts below every escaped unit, as its value does, and no
     * code is the prefix of another) and are half as long: half the size of every sort index an import fills.
     * Migration V15 applies the same mapping to keys stored before it.
     */
    static byte[] compact(byte[] key) {
        var out = new java.io.ByteArrayOutputStream(key.length / 2 + 4);
        for (int i = 0; i + 1 < key.length; i += 2) {
            int unit = (key[i] & 0xFF) << 8 | key[i + 1] & 0xFF;
            if (unit < 0xFE) {
                out.write(unit + 1);
            } else {
                out.write(0xFF);
                out.write(key, i, 2);
            }
        }
        return out.toByteArray();
    }

    /** The accent-insensitive search key: "Thị trấn Liên Hương" → "thi tran lien huong", "Đồng" → "dong". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String normalised = normalise(text);
        String folded = PlainText.foldOrNull(normalised);
        return folded != null ? folded : foldInGeneral(normalised);
    }

    /** Any normalised text: decomposed, marks dropped, đ made d, lower case. */
    static String foldInGeneral(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return stripped.replace('đ', 'd').replace('Đ', 'd').toLowerCase(Locale.ROOT);
    }
}

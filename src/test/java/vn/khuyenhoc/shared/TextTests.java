package vn.khuyenhoc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Sort keys compared byte by byte, as PostgreSQL compares bytea, order text as the Vietnamese collator does. */
class TextTests {

    private static final Comparator<byte[]> BYTEWISE = Arrays::compareUnsigned;
    private static final java.util.regex.Pattern SPACES =
            java.util.regex.Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");

    /** Tones in dictionary order: none, huyền, hỏi, ngã, sắc, nặng (ba, bà, bả, bã, bá, bạ). */
    @Test
    void theVietnameseAlphabetAndItsTonesSortInTheirOrder() {
        var words = List.of("an", "ăn", "ân", "bà", "ba", "dê", "đê", "em", "ê", "ở", "o", "ô", "ơ", "u", "ư", "bá");

        var sorted = words.stream().sorted(Comparator.comparing(Text::sortKey, BYTEWISE)).toList();

        assertThat(sorted).containsExactly("an", "ăn", "ân", "ba", "bà", "bá", "dê", "đê", "em", "ê", "o", "ô",
                "ơ", "ở", "u", "ư");
    }

    /** Random strings over Vietnamese letters, spaces, digits and letters of other scripts (weights above 0xFE). */
    @Test
    void compactKeysCompareExactlyAsTheCollatorDoes() {
        var collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        collator.setStrength(Collator.TERTIARY);
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạấầẩẫậéèẻẽẹ 0123456789-ß漢字ω";
        var random = new SplittableRandom(42);
        var texts = new ArrayList<String>();
        for (int i = 0; i < 3_000; i++) {
            var text = new StringBuilder();
            for (int length = random.nextInt(6); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        for (int i = 0; i + 1 < texts.size(); i++) {
            String a = Text.normalise(texts.get(i));
            String b = Text.normalise(texts.get(i + 1));
            int expected = Integer.signum(collator.compare(a, b));
            int actual = Integer.signum(BYTEWISE.compare(Text.sortKey(a), Text.sortKey(b)));
            assertThat(actual).as("'%s' vs '%s'", a, b).isEqualTo(expected);
        }
    }

    /** The fast paths for plain text answer exactly what the general (regex, Normalizer) path answers. */
    @Test
    void normaliseAndFoldAnswerTheSameOnTheFastAndTheGeneralPath() {
        String alphabet = "aăâđêôơưAĂÂĐÊÔƠƯáàảãạấầẩẫậéèẻẽẹíìĩỉịýỳỹỷỵ  \t\u00A0\u0301\u0323ßÆŒ×ΣİǅZz09-,.";
        var random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            var text = new StringBuilder();
            for (int length = random.nextInt(8); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String raw = text.toString();
            String general = SPACES.matcher(java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC))
                    .replaceAll(" ").trim();
            assertThat(Text.normalise(raw)).as("normalise '%s'", raw).isEqualTo(general);
            assertThat(Text.fold(raw)).as("fold '%s'", raw).isEqualTo(Text.foldInGeneral(general));
        }
        assertThat(Text.fold("Thị trấn  Liên Hương")).isEqualTo("thi tran lien huong");
        assertThat(Text.fold("Đồng")).isEqualTo("dong");
    }

    @Test
    void compactKeysAreHalfAsLongAsTheCollatorsAndTheLastKeyComesAfterThemAll() {
        byte[] full = Collator.getInstance(Locale.forLanguageTag("vi")).getCollationKey("Nguyễn Thị Bình")
                .toByteArray();
        byte[] compact = Text.sortKey("Nguyễn Thị Bình");

        assertThat(compact).hasSize(full.length / 2);
        assertThat(BYTEWISE.compare(Text.lastSortKey(), Text.sortKey("ỹ ỹ ỹ 漢字"))).isPositive();
        assertThat(BYTEWISE.compare(Text.lastSortKey(), Text.sortKey(""))).isPositive();
    }
}

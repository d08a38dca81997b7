package vn.khuyenhoc.fund;

/**
 * An amount of đồng in Vietnamese words, as written on a receipt ("Bằng chữ: Một triệu năm trăm nghìn đồng"):
 * groups of three digits named nghìn, triệu, tỷ; "linh" for a zero ten, "mốt", "lăm" and "mười" as spoken.
 */
public final class AmountInWords {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] GROUPS = {"", " nghìn", " triệu"};
    private static final long BILLION = 1_000_000_000L;

    private AmountInWords() {
    }

    public static String dong(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("negative amount");
        }
        String words = amount == 0 ? DIGITS[0] : words(amount, true);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " đồng";
    }

    /** Above a billion the part before "tỷ" is read as a number of its own (nghìn tỷ, triệu tỷ). */
    private static String words(long n, boolean leading) {
        if (n >= BILLION) {
            String head = words(n / BILLION, leading) + " tỷ";
            long rest = n % BILLION;
            return rest == 0 ? head : head + " " + words(rest, false);
        }
        var out = new StringBuilder();
        boolean first = leading;
        for (int g = 2; g >= 0; g--) {
            int group = (int) (n / pow(g) % 1000);
            if (group == 0) {
                continue;
            }
            boolean wholeLeading = first && n / pow(g) < 1000;
            out.append(out.length() == 0 ? "" : " ").append(group(group, wholeLeading)).append(GROUPS[g]);
            first = false;
        }
        return out.toString();
    }

    private static long pow(int group) {
        return group == 0 ? 1 : group == 1 ? 1000 : 1_000_000;
    }

    /** One group of three digits; a group after another reads its zero hundreds ("không trăm linh năm"). */
    static String group(int n, boolean leading) {
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int units = n % 10;
        var out = new StringBuilder();
        if (hundreds > 0 || !leading) {
            out.append(DIGITS[hundreds]).append(" trăm");
        }
        if (tens == 0 && units > 0 && out.length() > 0) {
            out.append(" linh");
        } else if (tens == 1) {
            out.append(out.length() == 0 ? "" : " ").append("mười");
        } else if (tens > 1) {
            out.append(out.length() == 0 ? "" : " ").append(DIGITS[tens]).append(" mươi");
        }
        if (units > 0) {
            String unit = units == 1 && tens > 1 ? "mốt" : units == 5 && tens > 0 ? "lăm" : DIGITS[units];
            out.append(out.length() == 0 ? "" : " ").append(unit);
        }
        return out.toString();
    }
}

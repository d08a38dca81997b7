package vn.khuyenhoc.registry.common;

import java.util.regex.Pattern;
import vn.khuyenhoc.shared.Text;

/** Vietnamese phone numbers as people write them ("0912 345 678", "+84 912.345.678"), kept as digits. */
public final class Phones {

    private static final Pattern VALID = Pattern.compile("(\\+84|0)[0-9]{8,10}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");

    private Phones() {
    }

    public static String normalise(String phone) {
        String text = Text.normaliseOrNull(phone);
        return text == null ? null : SEPARATORS.matcher(text).replaceAll("");
    }

    public static boolean isValid(String normalised) {
        return normalised != null && VALID.matcher(normalised).matches();
    }
}

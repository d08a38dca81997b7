package vn.khuyenhoc.fund;

import java.time.LocalDate;
import vn.khuyenhoc.shared.Dates;

/** Amounts and dates written the Vietnamese way: "1.500.000 đồng", "05/09/2026". */
public final class Money {

    private Money() {
    }

    /** Whole đồng with dots between thousands: 1500000 → "1.500.000". */
    public static String digits(long amount) {
        String plain = Long.toString(Math.abs(amount));
        var out = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && (plain.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(plain.charAt(i));
        }
        return (amount < 0 ? "-" : "") + out;
    }

    public static String dong(long amount) {
        return digits(amount) + " đồng";
    }

    public static String date(LocalDate day) {
        return Dates.shown(day);
    }
}

package vn.khuyenhoc.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Days as Vietnamese documents and messages write them: "05/09/2026". */
public final class Dates {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    /** dd/MM/yyyy; an empty text for no day. */
    public static String shown(LocalDate day) {
        return day == null ? "" : SHOWN.format(day);
    }
}

package vn.khuyenhoc.commendation;

/**
 * The forms of commendation, lowest first, with the Vietnamese name printed on official lists (pages show the
 * reader's language through {@code commendation.kind.*}).
 */
public enum CommendationKind {
    GIAY_KHEN("Giấy khen"),
    BANG_KHEN("Bằng khen"),
    KY_NIEM_CHUONG("Kỷ niệm chương \"Vì sự nghiệp khuyến học\""),
    CO_THI_DUA("Cờ thi đua");

    private final String printed;

    CommendationKind(String printed) {
        this.printed = printed;
    }

    public String printed() {
        return printed;
    }
}

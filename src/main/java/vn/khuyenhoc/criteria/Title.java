package vn.khuyenhoc.criteria;

/**
 * The titles (danh hiệu) a criteria set is for; labels are {@code criteria.title.<NAME>} in the messages.
 * {@code subject} names what is recognised: a household, a clan, a village, an organisation, a citizen, a
 * commune, a province or a community learning centre.
 */
public enum Title {
    GIA_DINH("household"),
    DONG_HO("clan"),
    CONG_DONG_THON("village"),
    DON_VI_XA("organisation"),
    DON_VI_HUYEN_TINH("organisation"),
    CONG_DAN("citizen"),
    CONG_DONG_XA("commune"),
    CONG_DONG_TINH("province"),
    TTHTCD("learning-centre");

    private final String subject;

    Title(String subject) {
        this.subject = subject;
    }

    public String subject() {
        return subject;
    }
}

package vn.khuyenhoc.documents;

import java.util.List;
import java.util.Objects;

/**
 * A recognition decision as printed: the issuing body's lines ("ỦY BAN NHÂN DÂN", "XÃ LIÊN HƯƠNG"), the number
 * ("12/QĐ-UBND"), the place and date line ("Liên Hương, ngày 15 tháng 3 năm 2026"), the subject line under the
 * heading "QUYẾT ĐỊNH" ("Về việc công nhận …"), the authority line ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ LIÊN HƯƠNG"),
 * the grounds ("Căn cứ …;"), the articles (their text without "Điều 1."; the numbering is added), the signature,
 * the recipients ("Nơi nhận") and the attached list (may be null).
 */
public record DecisionDocument(List<String> issuingBody, String number, String placeAndDate, String subject,
                               String authority, List<String> grounds, List<String> articles, Signature signature,
                               List<String> recipients, AttachedTable attachment) {

    /** The heading of every decision. */
    public static final String HEADING = "QUYẾT ĐỊNH";

    public DecisionDocument {
        issuingBody = Printable.lines(issuingBody);
        number = Printable.required(number, "the decision's number");
        placeAndDate = Printable.required(placeAndDate, "the place and date");
        subject = Printable.line(subject);
        authority = Printable.required(authority, "the authority");
        grounds = Printable.lines(grounds);
        articles = Printable.lines(articles);
        Objects.requireNonNull(signature, "signature");
        recipients = Printable.lines(recipients);
    }
}

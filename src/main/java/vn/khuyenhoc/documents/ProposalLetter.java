package vn.khuyenhoc.documents;

import java.util.List;
import java.util.Objects;

/**
 * A proposal letter (tờ trình) that asks the recognising level to recognise a list: issuing body, number
 * ("15/TTr-UBND"), place and date, subject line under "TỜ TRÌNH", the addressees ("Kính gửi: …"), the body
 * paragraphs, the signature, the recipients and the proposed list (may be null).
 */
public record ProposalLetter(List<String> issuingBody, String number, String placeAndDate, String subject,
                             List<String> addressees, List<String> paragraphs, Signature signature,
                             List<String> recipients, AttachedTable attachment) {

    public static final String HEADING = "TỜ TRÌNH";

    public ProposalLetter {
        issuingBody = Printable.lines(issuingBody);
        number = Printable.line(number);
        placeAndDate = Printable.required(placeAndDate, "the place and date");
        subject = Printable.line(subject);
        addressees = Printable.lines(addressees);
        paragraphs = Printable.lines(paragraphs);
        Objects.requireNonNull(signature, "signature");
        recipients = Printable.lines(recipients);
    }
}

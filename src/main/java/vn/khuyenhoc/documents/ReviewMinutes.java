package vn.khuyenhoc.documents;

import java.util.List;

/**
 * The minutes of the review meeting (biên bản họp xét): issuing body (the review council), number, place and
 * date, subject line under "BIÊN BẢN", the paragraphs (time, place, who attended, the discussion, the vote), the
 * signatures side by side (the secretary and the chair) and the list agreed (may be null).
 */
public record ReviewMinutes(List<String> issuingBody, String number, String placeAndDate, String subject,
                            List<String> paragraphs, List<Signature> signatures, AttachedTable attachment) {

    public static final String HEADING = "BIÊN BẢN";

    public ReviewMinutes {
        issuingBody = Printable.lines(issuingBody);
        number = Printable.line(number);
        placeAndDate = Printable.required(placeAndDate, "the place and date");
        subject = Printable.line(subject);
        paragraphs = Printable.lines(paragraphs);
        signatures = List.copyOf(signatures);
        if (signatures.isEmpty()) {
            throw new IllegalArgumentException("minutes need at least one signature");
        }
    }
}

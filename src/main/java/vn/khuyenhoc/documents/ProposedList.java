package vn.khuyenhoc.documents;

import java.util.List;
import java.util.Objects;

/**
 * The proposed list (danh sách đề nghị) on its own: issuing body, place and date, the table (its title is the
 * document's heading) and the signature of the proposing officer.
 */
public record ProposedList(List<String> issuingBody, String placeAndDate, AttachedTable table, Signature signature) {

    public ProposedList {
        issuingBody = Printable.lines(issuingBody);
        placeAndDate = Printable.required(placeAndDate, "the place and date");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(signature, "signature");
    }
}

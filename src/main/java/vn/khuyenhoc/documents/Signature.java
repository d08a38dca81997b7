package vn.khuyenhoc.documents;

/**
 * The signature block of a document: "TM. ỦY BAN NHÂN DÂN" (on behalf of a collective body, may be null when the
 * signer signs in their own right), the position ("CHỦ TỊCH") and the signer's name, with room for the signature
 * and seal between them.
 */
public record Signature(String onBehalf, String position, String name) {

    public Signature {
        onBehalf = Printable.line(onBehalf);
        position = Printable.required(position, "the signer's position");
        name = Printable.orEmpty(name);
    }
}

package vn.khuyenhoc.round;

import java.time.LocalDate;

/**
 * The header of a decision (quyết định) as the documents print it: number such as "12/QĐ-UBND", date, signer and
 * their title, the issuing body; a revocation also says why.
 */
public record DecisionForm(String number, LocalDate signedOn, String signerName, String signerTitle,
                           String issuingBody, String reason) {
}

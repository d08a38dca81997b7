package vn.khuyenhoc.fund.ledger;

import java.time.LocalDate;

/** A change of the fund's holdings on a day: {@code net} đồng of cash, or of goods when {@code inKind}. */
public record Movement(LocalDate day, boolean inKind, long net) {
}

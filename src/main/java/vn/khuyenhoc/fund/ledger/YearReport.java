package vn.khuyenhoc.fund.ledger;

import java.util.List;

/**
 * A fund's year (báo cáo quỹ năm): what it held on 1 January, what came in, what went out by kind (net of
 * corrections), how many persons were supported, and what it held on 31 December. What a merger of
 * associations carried in or out is shown apart: it is neither raised nor spent. {@code closing} is computed from
 * the entries, so {@code opening + raised + carried in − spent − carried out = closing} is a check.
 */
public record YearReport(long fundId, String fundName, String association, int year, long opening, long raised,
                         long raisedInKind, List<KindTotal> spentByKind, long spent, long peopleSupported,
                         long organisationsSupported, long carriedIn, long carriedOut, long closing,
                         boolean closed) {

    public record KindTotal(String kind, long amount, long entries) {
    }

    public boolean balances() {
        return opening + raised + carriedIn - spent - carriedOut == closing;
    }
}

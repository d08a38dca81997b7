package vn.khuyenhoc.fund.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rule that the fund never holds less than nothing: neither cash nor goods may fall below zero on any day,
 * counting the entries about to be written. A back-dated payment is checked against every later day too.
 */
public final class Balances {

    private Balances() {
    }

    /** A day on which the holdings would fall below zero, and by how much they would stand. */
    public record Shortfall(LocalDate day, boolean inKind, long balance) {
    }

    public static Optional<Shortfall> firstShortfall(long opening, List<Movement> recorded, List<Movement> candidates) {
        var all = new ArrayList<Movement>(recorded);
        all.addAll(candidates);
        all.sort(Comparator.comparing(Movement::day));
        long cash = opening;
        long goods = 0;
        for (int i = 0; i < all.size(); i++) {
            Movement m = all.get(i);
            if (m.inKind()) {
                goods = Math.addExact(goods, m.net());
            } else {
                cash = Math.addExact(cash, m.net());
            }
            boolean endOfDay = i + 1 == all.size() || !all.get(i + 1).day().equals(m.day());
            if (endOfDay && (cash < 0 || goods < 0)) {
                return Optional.of(new Shortfall(m.day(), cash >= 0, cash < 0 ? cash : goods));
            }
        }
        return Optional.empty();
    }
}

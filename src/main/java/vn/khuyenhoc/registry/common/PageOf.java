package vn.khuyenhoc.registry.common;

import java.util.List;

/**
 * One page of a registry list; {@code number} counts from 0. When {@code totalCapped}, the list goes on beyond
 * {@code total} rows and was not counted further (a list of hundreds of thousands of citizens shows "more than
 * 1.050" rather than spend a third of a second on the exact figure; the statistics carry the exact counts).
 */
public record PageOf<T>(List<T> rows, int number, int size, long total, boolean totalCapped) {

    public static final int SIZE = 50;

    public PageOf(List<T> rows, int number, int size, long total) {
        this(rows, number, size, total, false);
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return (long) (number + 1) * size < total;
    }

    public long from() {
        return total == 0 ? 0 : (long) number * size + 1;
    }

    public long to() {
        return (long) number * size + rows.size();
    }
}

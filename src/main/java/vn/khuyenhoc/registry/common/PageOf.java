package vn.khuyenhoc.registry.common;

import java.util.List;

/** One page of a registry list; {@code number} counts from 0. */
public record PageOf<T>(List<T> rows, int number, int size, long total) {

    public static final int SIZE = 50;

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

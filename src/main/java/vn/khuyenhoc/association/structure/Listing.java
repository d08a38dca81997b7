package vn.khuyenhoc.association.structure;

import java.util.List;

/** One page of an association list; {@code number} counts from 0. */
public record Listing<T>(List<T> rows, int number, int size, long total) {

    public static final int SIZE = 50;

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return (long) (number + 1) * size < total;
    }
}

package vn.khuyenhoc.registry.generator;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/** A fixed list of values drawn with given weights: a cumulative table and a binary search, no allocation. */
final class Weighted<T> {

    private final Object[] values;
    private final double[] cumulative;

    private Weighted(Object[] values, double[] weights) {
        this.values = values;
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    /** Pairs of value and weight: {@code of("Nguyễn", 38, "Trần", 11)}. */
    static <T> Weighted<T> of(Object... valuesAndWeights) {
        int n = valuesAndWeights.length / 2;
        Object[] values = new Object[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = valuesAndWeights[2 * i];
            weights[i] = ((Number) valuesAndWeights[2 * i + 1]).doubleValue();
        }
        return new Weighted<>(values, weights);
    }

    /** The values of a plain list, all equally likely. */
    static <T> Weighted<T> uniform(T[] values) {
        double[] weights = new double[values.length];
        Arrays.fill(weights, 1);
        return new Weighted<>(values.clone(), weights);
    }

    @SuppressWarnings("unchecked")
    T pick(RandomGenerator random) {
        double u = random.nextDouble();
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return (T) values[low];
    }
}

package org.slakit.core.metrics;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * Count, mean, median, 90th percentile, minimum and maximum of a set of durations, accumulated
 * in one pass.
 *
 * <p>Percentiles are exact, by the nearest-rank method: the p-th percentile is the smallest
 * recorded value such that at least p percent of the values are less than or equal to it (so
 * the median of 1, 2, 3, 4 is 2). Exact percentiles need every value, so a summary keeps one
 * {@code long} (8 bytes) per value in a growable array and nothing else per value; counts, sums
 * and extremes are kept in constant space. Values are recorded at millisecond resolution,
 * truncated towards zero.
 *
 * <p>The result does not depend on the order in which values are added, and summaries can be
 * {@link #merge(DurationStats) merged}.
 *
 * <p>This class is mutable and not thread-safe: accumulate on one thread, or one summary per
 * thread and merge them.
 */
public final class DurationStats {

    private long[] millis = new long[16];
    private int count;
    private boolean sorted = true;
    private long sum;

    /** Creates an empty summary. */
    public DurationStats() {
        // empty
    }

    /**
     * Adds one value.
     *
     * @param value the duration, not negative
     * @throws IllegalArgumentException if the value is negative
     */
    public void add(Duration value) {
        Objects.requireNonNull(value, "value");
        if (value.isNegative()) {
            throw new IllegalArgumentException("Duration statistics take non-negative values, not " + value);
        }
        addMillis(value.toMillis());
    }

    private void addMillis(long ms) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
        }
        if (count > 0 && ms < millis[count - 1]) {
            sorted = false;
        }
        millis[count++] = ms;
        sum = Math.addExact(sum, ms);
    }

    /**
     * Adds all values of another summary to this one.
     *
     * @param other the other summary, unchanged; merging a summary into itself doubles every value's count
     */
    public void merge(DurationStats other) {
        Objects.requireNonNull(other, "other");
        int n = other.count; // fixed first: other may be this summary
        for (int i = 0; i < n; i++) {
            addMillis(other.millis[i]);
        }
    }

    /** @return the number of values added */
    public long count() {
        return count;
    }

    /** @return true if no value was added */
    public boolean isEmpty() {
        return count == 0;
    }

    /**
     * @return the arithmetic mean, truncated to the millisecond
     * @throws IllegalStateException if empty
     */
    public Duration mean() {
        requireValues("mean");
        return Duration.ofMillis(sum / count);
    }

    /**
     * @return the sum of all values
     */
    public Duration total() {
        return Duration.ofMillis(sum);
    }

    /**
     * @return the nearest-rank median
     * @throws IllegalStateException if empty
     */
    public Duration median() {
        return percentile(50);
    }

    /**
     * @return the nearest-rank 90th percentile
     * @throws IllegalStateException if empty
     */
    public Duration p90() {
        return percentile(90);
    }

    /**
     * @return the smallest value
     * @throws IllegalStateException if empty
     */
    public Duration min() {
        requireValues("min");
        sort();
        return Duration.ofMillis(millis[0]);
    }

    /**
     * @return the largest value
     * @throws IllegalStateException if empty
     */
    public Duration max() {
        requireValues("max");
        sort();
        return Duration.ofMillis(millis[count - 1]);
    }

    /**
     * The nearest-rank percentile: the smallest value such that at least {@code percent} percent
     * of all values are less than or equal to it.
     *
     * @param percent greater than 0 and at most 100
     * @return the percentile
     * @throws IllegalArgumentException if {@code percent} is outside (0, 100]
     * @throws IllegalStateException if empty
     */
    public Duration percentile(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("Percentile must be in (0, 100], not " + percent);
        }
        requireValues("percentile");
        sort();
        // percent * count is exact for whole percents; dividing last keeps an exact integer exact
        long rank = (long) Math.ceil(percent * count / 100.0);
        return Duration.ofMillis(millis[(int) Math.max(rank, 1) - 1]);
    }

    /**
     * Counts the values at or below a limit.
     *
     * @param limit the limit, inclusive
     * @return how many values are {@code <= limit}
     */
    public long countAtMost(Duration limit) {
        long ms = Objects.requireNonNull(limit, "limit").toMillis();
        sort();
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (millis[mid] <= ms) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void sort() {
        if (!sorted) {
            Arrays.sort(millis, 0, count);
            sorted = true;
        }
    }

    private void requireValues(String what) {
        if (count == 0) {
            throw new IllegalStateException("No values to take the " + what + " of");
        }
    }

    /** @return {@code n=3 mean=PT1H median=PT1H p90=PT2H max=PT2H}, or {@code n=0} */
    @Override
    public String toString() {
        if (count == 0) {
            return "n=0";
        }
        return "n=" + count + " mean=" + mean() + " median=" + median() + " p90=" + p90() + " max=" + max();
    }
}

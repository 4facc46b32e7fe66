package org.slakit.core.metrics;

import java.time.Duration;
import java.util.Objects;

/**
 * Count, mean, median, 90th percentile, minimum and maximum of a set of durations: the frozen
 * result of a {@link DurationStats}, with its exact nearest-rank percentiles and millisecond
 * resolution.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DurationSummary {

    private static final DurationSummary EMPTY = new DurationSummary(0, null, null, null, null, null);

    private final long count;
    private final Duration mean;
    private final Duration median;
    private final Duration p90;
    private final Duration min;
    private final Duration max;

    private DurationSummary(long count, Duration mean, Duration median, Duration p90, Duration min, Duration max) {
        this.count = count;
        this.mean = mean;
        this.median = median;
        this.p90 = p90;
        this.min = min;
        this.max = max;
    }

    /**
     * Freezes the current values of a summary.
     *
     * @param stats the values, unchanged
     * @return the summary
     */
    public static DurationSummary of(DurationStats stats) {
        Objects.requireNonNull(stats, "stats");
        if (stats.isEmpty()) {
            return EMPTY;
        }
        return new DurationSummary(stats.count(), stats.mean(), stats.median(), stats.p90(), stats.min(), stats.max());
    }

    /** @return the number of values */
    public long count() {
        return count;
    }

    /** @return true if there are no values */
    public boolean isEmpty() {
        return count == 0;
    }

    /**
     * @return the arithmetic mean, truncated to the millisecond
     * @throws IllegalStateException if empty
     */
    public Duration mean() {
        return require(mean, "mean");
    }

    /**
     * @return the nearest-rank median
     * @throws IllegalStateException if empty
     */
    public Duration median() {
        return require(median, "median");
    }

    /**
     * @return the nearest-rank 90th percentile
     * @throws IllegalStateException if empty
     */
    public Duration p90() {
        return require(p90, "90th percentile");
    }

    /**
     * @return the smallest value
     * @throws IllegalStateException if empty
     */
    public Duration min() {
        return require(min, "minimum");
    }

    /**
     * @return the largest value
     * @throws IllegalStateException if empty
     */
    public Duration max() {
        return require(max, "maximum");
    }

    private static Duration require(Duration d, String what) {
        if (d == null) {
            throw new IllegalStateException("No values to take the " + what + " of");
        }
        return d;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof DurationSummary)) {
            return false;
        }
        DurationSummary o = (DurationSummary) obj;
        return count == o.count && Objects.equals(mean, o.mean) && Objects.equals(median, o.median)
                && Objects.equals(p90, o.p90) && Objects.equals(min, o.min) && Objects.equals(max, o.max);
    }

    @Override
    public int hashCode() {
        return Objects.hash(count, mean, median, p90, min, max);
    }

    /** @return {@code n=3 mean=PT1H median=PT1H p90=PT2H max=PT2H}, or {@code n=0} */
    @Override
    public String toString() {
        return count == 0 ? "n=0" : "n=" + count + " mean=" + mean + " median=" + median + " p90=" + p90 + " max=" + max;
    }
}

package org.slakit.report;

import java.time.Duration;
import java.util.List;

/**
 * The fixed buckets of the first reply time histogram. Each bucket is half-open,
 * {@code [lower, upper)}; the last one has no upper bound. Bounds are business time, and
 * {@code 24h} means 24 hours of business time (three 8-hour days), not one business day.
 */
final class ReplyBuckets {

    static final List<Duration> BOUNDS = List.of(
            Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2),
            Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(24));

    static final List<String> LABELS = List.of(
            "<15m", "15–30m", "30m–1h", "1–2h", "2–4h", "4–8h", "8–24h", "≥24h");

    static final List<String> LONG_LABELS = List.of(
            "under 15 minutes", "15 to 30 minutes", "30 minutes to 1 hour", "1 to 2 hours", "2 to 4 hours",
            "4 to 8 hours", "8 to 24 hours", "24 hours or more");

    private ReplyBuckets() {
    }

    static int size() {
        return LABELS.size();
    }

    /** The index of the bucket that holds a non-negative duration. */
    static int indexOf(Duration d) {
        for (int i = 0; i < BOUNDS.size(); i++) {
            if (d.compareTo(BOUNDS.get(i)) < 0) {
                return i;
            }
        }
        return BOUNDS.size();
    }

    /** The number of durations in each bucket. */
    static int[] counts(List<Duration> durations) {
        int[] counts = new int[size()];
        for (Duration d : durations) {
            counts[indexOf(d)]++;
        }
        return counts;
    }

    /** The lower bound of bucket {@code i}. */
    static Duration lower(int i) {
        return i == 0 ? Duration.ZERO : BOUNDS.get(i - 1);
    }

    /**
     * Where a duration sits on the histogram's axis, in buckets: bucket {@code i} spans
     * {@code [i, i + 1)}, and a duration is placed linearly between its bucket's bounds. The open
     * last bucket is drawn as if it ended at 48h; longer durations sit at its right edge.
     */
    static double position(Duration d) {
        int i = indexOf(d);
        Duration lower = lower(i);
        Duration upper = i < BOUNDS.size() ? BOUNDS.get(i) : Duration.ofHours(48);
        if (d.compareTo(upper) >= 0) {
            return i + 1.0;
        }
        double fraction = (double) d.minus(lower).toMillis() / upper.minus(lower).toMillis();
        return i + fraction;
    }
}

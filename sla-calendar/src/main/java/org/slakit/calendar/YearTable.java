package org.slakit.calendar;

/**
 * The open periods of one UTC year as epoch seconds, with running sums of open time, so that
 * a position in business time is found by binary search rather than by walking periods.
 *
 * <p>The table covers the instants {@code [from, to)}, the UTC year; periods that run past
 * either end are clipped there and continue in the neighbouring table. Periods are sorted,
 * disjoint and merged where they touch. {@code cumEnd[i]} is the open time, in seconds, from
 * {@code from} to {@code ends[i]}.
 */
final class YearTable {

    final int year;
    final long from;
    final long to;
    final long[] starts;
    final long[] ends;
    final long[] cumEnd;
    final int size;
    final long total;

    /** Takes ownership of the arrays; {@code size} pairs of sorted, disjoint, non-touching periods. */
    YearTable(int year, long from, long to, long[] starts, long[] ends, int size) {
        this.year = year;
        this.from = from;
        this.to = to;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
        this.cumEnd = new long[size];
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += ends[i] - starts[i];
            cumEnd[i] = sum;
        }
        this.total = sum;
    }

    /** Index of the last period that starts at or before {@code second}, or -1. */
    int floor(long second) {
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= second) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return lo - 1;
    }

    /**
     * The open seconds in {@code [from, second)}, shifted left by one, with the lowest bit set
     * when {@code second} is open: one search answers both questions.
     */
    long position(long second) {
        int i = floor(second);
        if (i < 0) {
            return 0;
        }
        if (second < ends[i]) {
            return (cumEnd[i] - (ends[i] - second)) << 1 | 1;
        }
        return cumEnd[i] << 1;
    }

    boolean isOpen(long second) {
        int i = floor(second);
        return i >= 0 && second < ends[i];
    }

    /** Index of the first period whose running sum reaches at least {@code open} seconds. */
    int firstReaching(long open) {
        int lo = 0;
        int hi = size - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumEnd[mid] >= open) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The epoch second that lies {@code open} seconds of open time into period {@code i}'s table. */
    long secondAt(int i, long open) {
        return ends[i] - (cumEnd[i] - open);
    }
}

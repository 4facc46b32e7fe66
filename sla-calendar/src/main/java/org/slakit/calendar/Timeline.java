package org.slakit.calendar;

import java.util.Arrays;

/** Operations on lists of epoch-second periods: sort and union, clip, intersect. */
final class Timeline {

    private Timeline() {
    }

    /**
     * Sorts {@code length / 2} pairs in place by start and unions those that overlap or touch.
     *
     * @return the new length, in longs
     */
    static int union(long[] pairs, int length) {
        // insertion sort: input arrives nearly sorted (date by date)
        for (int i = 2; i < length; i += 2) {
            long s = pairs[i];
            long e = pairs[i + 1];
            int j = i;
            while (j > 0 && pairs[j - 2] > s) {
                pairs[j] = pairs[j - 2];
                pairs[j + 1] = pairs[j - 1];
                j -= 2;
            }
            pairs[j] = s;
            pairs[j + 1] = e;
        }
        int n = 0;
        for (int i = 0; i < length; i += 2) {
            if (n > 0 && pairs[i] <= pairs[n - 1]) {
                pairs[n - 1] = Math.max(pairs[n - 1], pairs[i + 1]);
            } else {
                pairs[n++] = pairs[i];
                pairs[n++] = pairs[i + 1];
            }
        }
        return n;
    }

    /** Unions the pairs and clips them to {@code [from, to)} into a table. */
    static YearTable toTable(int year, long from, long to, long[] pairs, int length) {
        int n = union(pairs, length);
        long[] starts = new long[n / 2];
        long[] ends = new long[n / 2];
        int size = 0;
        for (int i = 0; i < n; i += 2) {
            long s = Math.max(pairs[i], from);
            long e = Math.min(pairs[i + 1], to);
            if (s < e) {
                starts[size] = s;
                ends[size] = e;
                size++;
            }
        }
        return new YearTable(year, from, to, Arrays.copyOf(starts, size), Arrays.copyOf(ends, size), size);
    }

    /** The periods open in both tables of the same year. */
    static YearTable intersect(YearTable a, YearTable b) {
        long[] starts = new long[a.size + b.size];
        long[] ends = new long[a.size + b.size];
        int size = 0;
        int i = 0;
        int j = 0;
        while (i < a.size && j < b.size) {
            long s = Math.max(a.starts[i], b.starts[j]);
            long e = Math.min(a.ends[i], b.ends[j]);
            if (s < e) {
                starts[size] = s;
                ends[size] = e;
                size++;
            }
            if (a.ends[i] < b.ends[j]) {
                i++;
            } else {
                j++;
            }
        }
        return new YearTable(a.year, a.from, a.to, Arrays.copyOf(starts, size), Arrays.copyOf(ends, size), size);
    }
}

package org.slakit.calendar;

import java.util.Arrays;
import java.util.Locale;

/**
 * The open periods of one local date, as seconds from the start of that date in wall-clock
 * time. A period ends after it starts and at most 24 hours after it starts; an end past
 * {@code 86400} runs into the next date (a shift over midnight, which belongs to the date it
 * starts on). Periods are sorted, do not overlap, and periods that touch are merged.
 */
final class DayHours {

    static final int DAY = 86_400;
    static final DayHours CLOSED = new DayHours(new int[0]);

    /** start0, end0, start1, end1, ... */
    private final int[] bounds;

    private DayHours(int[] bounds) {
        this.bounds = bounds;
    }

    int size() {
        return bounds.length / 2;
    }

    int start(int i) {
        return bounds[2 * i];
    }

    int end(int i) {
        return bounds[2 * i + 1];
    }

    boolean isEmpty() {
        return bounds.length == 0;
    }

    /** The latest end, or 0 when empty: how far into the following date this day reaches. */
    int lastEnd() {
        return bounds.length == 0 ? 0 : bounds[bounds.length - 1];
    }

    /**
     * Adds a period, merging it with periods it touches.
     *
     * @throws IllegalArgumentException naming both periods when they overlap
     */
    DayHours with(int start, int end) {
        for (int i = 0; i < size(); i++) {
            if (start < end(i) && start(i) < end) {
                throw new IllegalArgumentException("period " + format(start, end)
                        + " overlaps period " + format(start(i), end(i)) + " of the same day");
            }
        }
        int[] next = Arrays.copyOf(bounds, bounds.length + 2);
        next[bounds.length] = start;
        next[bounds.length + 1] = end;
        // sort pairs by start (few elements: insertion sort)
        for (int i = 1; i < next.length / 2; i++) {
            for (int j = i; j > 0 && next[2 * j] < next[2 * j - 2]; j--) {
                int s = next[2 * j];
                int e = next[2 * j + 1];
                next[2 * j] = next[2 * j - 2];
                next[2 * j + 1] = next[2 * j - 1];
                next[2 * j - 2] = s;
                next[2 * j - 1] = e;
            }
        }
        // merge touching
        int n = 0;
        for (int i = 0; i < next.length; i += 2) {
            if (n > 0 && next[n - 1] == next[i]) {
                next[n - 1] = next[i + 1];
            } else {
                next[n++] = next[i];
                next[n++] = next[i + 1];
            }
        }
        for (int i = 0; i < n; i += 2) {
            if (next[i + 1] - next[i] > DAY || next[i + 1] - next[i] == DAY && next[i] != 0) {
                throw new IllegalArgumentException("period " + format(start, end) + " touches another period of the same day,"
                        + " and together they would run from " + time(next[i]) + " to " + time(next[i + 1] - DAY)
                        + " the next day, 24 hours or more; a whole day is written 00:00-24:00");
            }
        }
        return new DayHours(Arrays.copyOf(next, n));
    }

    /** Writes the periods as {@code 09:00-12:00 13:00-17:00}. */
    String format() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(format(start(i), end(i)));
        }
        return sb.toString();
    }

    static String format(int start, int end) {
        return time(start) + "-" + time(end > DAY ? end - DAY : end);
    }

    /** 0..86400 as HH:mm or HH:mm:ss; 86400 is written 24:00. */
    static String time(int secondOfDay) {
        int h = secondOfDay / 3600;
        int m = secondOfDay / 60 % 60;
        int s = secondOfDay % 60;
        return s == 0 ? String.format(Locale.ROOT, "%02d:%02d", h, m)
                : String.format(Locale.ROOT, "%02d:%02d:%02d", h, m, s);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DayHours && Arrays.equals(bounds, ((DayHours) obj).bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    @Override
    public String toString() {
        return format();
    }
}

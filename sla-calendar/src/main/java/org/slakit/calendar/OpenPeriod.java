package org.slakit.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open interval of time {@code [start, end)} during which a calendar is open.
 *
 * <p>The start is open (inside the period), the end is the closing instant and is not inside.
 * A period is never empty: its start is strictly before its end.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OpenPeriod implements Comparable<OpenPeriod> {

    private final Instant start;
    private final Instant end;

    private OpenPeriod(Instant start, Instant end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Obtains a period from its opening instant and its closing instant.
     *
     * @param startInclusive the opening instant, inside the period
     * @param endExclusive the closing instant, outside the period; strictly after the start
     * @return the period
     * @throws IllegalArgumentException if {@code endExclusive} is not after {@code startInclusive}
     */
    public static OpenPeriod of(Instant startInclusive, Instant endExclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (!endExclusive.isAfter(startInclusive)) {
            throw new IllegalArgumentException(
                    "An open period must end after it starts: " + startInclusive + " to " + endExclusive);
        }
        return new OpenPeriod(startInclusive, endExclusive);
    }

    /**
     * Reads a period from the form {@link #toString()} writes: two ISO-8601 instants separated by
     * a slash, {@code 2026-12-21T08:00:00Z/2026-12-21T16:00:00Z}.
     *
     * @param text the text
     * @return the period
     * @throws IllegalArgumentException if the text is not of that form, naming it, or the end is not
     *         after the start
     */
    public static OpenPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int slash = s.indexOf('/');
        if (slash < 0 || s.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException("'" + s + "' is not an open period: expected start/end as two ISO-8601 instants");
        }
        try {
            return of(Instant.parse(s.substring(0, slash)), Instant.parse(s.substring(slash + 1)));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("'" + s + "' is not an open period: expected start/end as two ISO-8601 instants", e);
        }
    }

    /** @return the opening instant, which is inside the period */
    public Instant start() {
        return start;
    }

    /** @return the closing instant, which is outside the period */
    public Instant end() {
        return end;
    }

    /** @return the length of the period, always positive */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /**
     * Tells whether an instant lies inside this period.
     *
     * @param instant the instant to check
     * @return true if {@code start <= instant < end}
     */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** Orders by start, then by end. */
    @Override
    public int compareTo(OpenPeriod other) {
        int c = start.compareTo(other.start);
        return c != 0 ? c : end.compareTo(other.end);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof OpenPeriod
                && start.equals(((OpenPeriod) obj).start)
                && end.equals(((OpenPeriod) obj).end);
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + end.hashCode();
    }

    /** @return {@code start/end} in ISO-8601 form, as {@code Interval} in ThreeTen-Extra writes it; {@link #parse} reads it back */
    @Override
    public String toString() {
        return start + "/" + end;
    }
}

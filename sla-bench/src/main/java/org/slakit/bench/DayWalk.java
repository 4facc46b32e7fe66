package org.slakit.bench;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.OpenPeriod;

/**
 * The baseline the benchmark compares against: {@code plus} and {@code between} answered by
 * walking the calendar date by date through its public {@link BusinessCalendar#openPeriodsOn(LocalDate)},
 * adding up open periods as a person would with a paper diary. Its cost grows with the number of
 * dates crossed, which is the point of the comparison.
 *
 * <p>It is meant for calendars whose periods of neighbouring dates never overlap (the benchmark's
 * Berlin calendar: daytime hours, daylight-saving changes at night). The walk starts two dates
 * before the start instant's local date, so a shift that runs over midnight is still seen.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DayWalk {

    /** Dates walked before giving up, so that a calendar without open time cannot loop forever. */
    private static final int MAX_DATES = 366 * 50;

    private final BusinessCalendar calendar;
    private final ZoneId zone;

    DayWalk(BusinessCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = calendar.zone();
    }

    /**
     * The earliest instant {@code u >= start} with {@code between(start, u) == businessTime}.
     *
     * @param start the start
     * @param businessTime the business time to add, not negative
     * @return the deadline
     */
    Instant plus(Instant start, Duration businessTime) {
        Objects.requireNonNull(start, "start");
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("businessTime must not be negative: " + businessTime);
        }
        if (businessTime.isZero()) {
            return start;
        }
        Duration rest = businessTime;
        LocalDate date = LocalDate.ofInstant(start, zone).minusDays(2);
        for (int walked = 0; walked < MAX_DATES; walked++, date = date.plusDays(1)) {
            for (OpenPeriod period : calendar.openPeriodsOn(date)) {
                if (!period.end().isAfter(start)) {
                    continue;
                }
                Instant from = period.start().isAfter(start) ? period.start() : start;
                Duration open = Duration.between(from, period.end());
                if (rest.compareTo(open) <= 0) {
                    return from.plus(rest);
                }
                rest = rest.minus(open);
            }
        }
        throw new DateTimeException("No deadline within " + MAX_DATES + " dates of " + start);
    }

    /**
     * The open time in {@code [startInclusive, endExclusive)}, negated when the end is before the
     * start.
     *
     * @param startInclusive the start
     * @param endExclusive the end
     * @return the business time between them
     */
    Duration between(Instant startInclusive, Instant endExclusive) {
        if (endExclusive.isBefore(startInclusive)) {
            return between(endExclusive, startInclusive).negated();
        }
        Duration sum = Duration.ZERO;
        LocalDate last = LocalDate.ofInstant(endExclusive, zone);
        for (LocalDate date = LocalDate.ofInstant(startInclusive, zone).minusDays(2); !date.isAfter(last);
                date = date.plusDays(1)) {
            for (OpenPeriod period : calendar.openPeriodsOn(date)) {
                Instant from = period.start().isAfter(startInclusive) ? period.start() : startInclusive;
                Instant to = period.end().isBefore(endExclusive) ? period.end() : endExclusive;
                if (from.isBefore(to)) {
                    sum = sum.plus(Duration.between(from, to));
                }
            }
        }
        return sum;
    }
}

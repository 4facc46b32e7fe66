package org.slakit.holidays.ical;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.slakit.calendar.spi.Holiday;

/**
 * One all-day event: its first date, how many dates it lasts, and how it repeats.
 */
final class Event {

    /** How an event repeats every {@code interval} years. */
    sealed interface Yearly permits SameDate, NthWeekday {
        /** @return the occurrence's start in {@code year}, or null when the year has none */
        LocalDate in(int year);
    }

    /** On the start's month and day; February 29 only in leap years. */
    record SameDate(int month, int day) implements Yearly {
        @Override
        public LocalDate in(int year) {
            if (month == 2 && day == 29 && !java.time.Year.isLeap(year)) {
                return null;
            }
            return LocalDate.of(year, month, day);
        }
    }

    /** The {@code n}th (from the end when negative) weekday of a month. */
    record NthWeekday(int month, int n, DayOfWeek weekday) implements Yearly {
        @Override
        public LocalDate in(int year) {
            LocalDate first = LocalDate.of(year, month, 1);
            LocalDate d = n > 0 ? first.with(TemporalAdjusters.dayOfWeekInMonth(n, weekday))
                    : first.with(TemporalAdjusters.lastInMonth(weekday)).minusWeeks(-n - 1L);
            return d.getMonthValue() == month ? d : null;
        }
    }

    final String name;
    final LocalDate start;
    final int days;
    /** Null when the event does not repeat. */
    final Yearly yearly;
    final int interval;
    /** Occurrences in all (COUNT), or {@link Integer#MAX_VALUE}. */
    final int count;
    /** The last date an occurrence may start on (UNTIL), or null. */
    final LocalDate until;
    final Set<LocalDate> excluded;
    final List<LocalDate> added;

    Event(String name, LocalDate start, int days, Yearly yearly, int interval, int count, LocalDate until,
            Set<LocalDate> excluded, List<LocalDate> added) {
        this.name = name;
        this.start = start;
        this.days = days;
        this.yearly = yearly;
        this.interval = interval;
        this.count = count;
        this.until = until;
        this.excluded = Set.copyOf(excluded);
        this.added = List.copyOf(added);
    }

    /** Adds the dates this event closes in {@code year}. */
    void addDates(int year, List<Holiday> out) {
        // an occurrence that starts up to 'days' dates before the year can reach into it
        int fromYear = Math.max(start.getYear(), year - 1 - (days - 1) / 365);
        if (yearly == null) {
            addSpan(start, year, out);
        } else if (count == Integer.MAX_VALUE) {
            for (int y = fromYear; y <= year; y++) {
                addOccurrence(y, year, out);
            }
        } else {
            // COUNT: the occurrences are numbered from the start, so walk from there (finite)
            int n = 0;
            for (int y = start.getYear(); y <= year && n < count; y += interval) {
                LocalDate d = yearly.in(y);
                if (d != null && !d.isBefore(start) && (until == null || !d.isAfter(until))) {
                    n++;
                    if (y >= fromYear && !excluded.contains(d)) {
                        addSpan(d, year, out);
                    }
                }
            }
        }
        for (LocalDate d : added) {
            if (!excluded.contains(d)) {
                addSpan(d, year, out);
            }
        }
    }

    private void addOccurrence(int y, int year, List<Holiday> out) {
        if ((y - start.getYear()) % interval != 0) {
            return;
        }
        LocalDate d = yearly.in(y);
        if (d == null || d.isBefore(start) || (until != null && d.isAfter(until)) || excluded.contains(d)) {
            return;
        }
        addSpan(d, year, out);
    }

    private void addSpan(LocalDate first, int year, List<Holiday> out) {
        if (first.getYear() > year) {
            return;
        }
        for (int i = 0; i < days; i++) {
            if (first.getYear() == 9999 && first.getDayOfYear() + i > first.lengthOfYear()) {
                return;   // past the last year a calendar knows
            }
            LocalDate d = first.plusDays(i);
            if (d.getYear() == year) {
                out.add(new Holiday(d, name));
            } else if (d.getYear() > year) {
                return;
            }
        }
    }
}

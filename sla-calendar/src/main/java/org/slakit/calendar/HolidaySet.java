package org.slakit.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.slakit.calendar.spi.Holiday;
import org.slakit.calendar.spi.HolidaySource;

/**
 * A {@code holidays <source> <argument>} statement: the holidays a source gives for an argument.
 * Equal by the source's name (ignoring case) and the argument, as the text form says.
 */
final class HolidaySet {

    static final Comparator<HolidaySet> CANONICAL = Comparator.comparing((HolidaySet s) -> s.key)
            .thenComparing(s -> s.argument);

    final HolidaySource source;
    final String argument;
    private final String key;

    HolidaySet(HolidaySource source, String argument) {
        this.source = source;
        this.argument = argument;
        this.key = source.name().toLowerCase(Locale.ROOT);
    }

    /** The dates the source closes in {@code year}, ignoring any it gives outside that year. */
    void addDates(int year, List<LocalDate> out) {
        List<Holiday> holidays = source.holidays(argument, year);
        if (holidays == null) {
            throw new IllegalStateException("Holiday source '" + source.name() + "' gave null for '" + argument
                    + "' in " + year + ": expected a list, empty when there are no holidays");
        }
        for (Holiday h : holidays) {
            if (h.date().getYear() == year) {
                out.add(h.date());
            }
        }
    }

    /** The name the source gives {@code date}, or null when it does not close it. */
    String nameOf(LocalDate date) {
        List<Holiday> holidays = source.holidays(argument, date.getYear());
        if (holidays != null) {
            for (Holiday h : holidays) {
                if (h.date().equals(date)) {
                    return h.name();
                }
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof HolidaySet && key.equals(((HolidaySet) obj).key)
                && argument.equals(((HolidaySet) obj).argument);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + argument.hashCode();
    }

    /** @return the statement, {@code holidays jollyday DE-BY} */
    @Override
    public String toString() {
        return "holidays " + source.name() + " " + argument;
    }
}

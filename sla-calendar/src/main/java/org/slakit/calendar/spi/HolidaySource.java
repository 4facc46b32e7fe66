package org.slakit.calendar.spi;

import java.util.List;

/**
 * Public holidays maintained elsewhere (a country's holiday set, an iCalendar feed), for
 * calendars to close on. Calendar text names one with the statement
 * {@code holidays <source> <argument>}, for example {@code holidays jollyday DE-BY}; the source is
 * the installed implementation whose {@link #name()} is {@code <source>}, found through
 * {@link java.util.ServiceLoader} (a module declares {@code provides
 * org.slakit.calendar.spi.HolidaySource with ...}; on the class path, a
 * {@code META-INF/services/org.slakit.calendar.spi.HolidaySource} file), or passed to
 * {@code BusinessCalendar.parse(text, sources)} or {@code BusinessCalendar.Builder.holidays}.
 *
 * <p>A calendar asks a source for one year at a time and caches the answer with the year; it may
 * ask again for the same year (two threads meeting a cold year at once, or a far-off year that the
 * cache evicted). So an implementation must give the same holidays for the same argument and year
 * every time, must be thread-safe, and should answer quickly (a calendar may ask for any year from
 * 1 to 9999). An exception it throws reaches the caller of the calendar method that needed the
 * year. Two
 * calendars are equal when they name the same sources (by {@link #name()}) with the same
 * arguments; the text form of a calendar names the source and the argument, never the dates.
 */
public interface HolidaySource {

    /**
     * The name calendar text uses for this source: one word, such as {@code jollyday} or
     * {@code ical}; compared ignoring case.
     *
     * @return the name
     */
    String name();

    /**
     * Checks an argument before any year is asked for, so that calendar text with a wrong one fails
     * on its line. The default accepts any argument.
     *
     * @param argument the argument as written, such as {@code DE-BY}; never blank
     * @throws IllegalArgumentException when the source cannot serve the argument; the message says
     *         what was expected, such as {@code unknown subdivision 'DE-XX': expected ...}
     */
    default void checkArgument(String argument) {
    }

    /**
     * The holidays of one year.
     *
     * @param argument the argument, as accepted by {@link #checkArgument(String)}
     * @param year the year, 1 to 9999
     * @return the holidays whose dates lie in {@code year}, in any order; empty when there are none
     *         or the source has no data for that year
     */
    List<Holiday> holidays(String argument, int year);
}

package org.slakit.holidays.ical;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slakit.calendar.spi.Holiday;
import org.slakit.calendar.spi.HolidaySource;

/**
 * Closed dates from an iCalendar feed (RFC 5545, an {@code .ics} file as Google, Outlook and
 * helpdesks publish holiday calendars): the holiday source named {@code ical}. Calendar text closes
 * on a file's dates with
 * <pre>
 * holidays ical /etc/helpdesk/holidays.ics
 * holidays ical config/holidays.ics
 * </pre>
 *
 * <h2>The argument</h2>
 * The path of an {@code .ics} file, read as UTF-8. An absolute path is used as it is; a relative
 * path is resolved against this source's base directory: for the source that
 * {@link java.util.ServiceLoader} finds (so for plain {@code BusinessCalendar.parse(text)}), the
 * working directory of the JVM when the source was created; with
 * {@link #IcalHolidaySource(Path)}, the directory given. The path may hold spaces but no {@code #}
 * (which starts a comment in calendar text). A file is read once, when the calendar text is parsed
 * (so a missing or broken file is an error on its line) and kept: changes to the file are seen by a
 * new source, not by calendars already built. {@link #ofTexts(Map)} serves feeds held in memory
 * instead, by names of your choice.
 *
 * <h2>What closes</h2>
 * Every {@code VEVENT} that is an all-day event ({@code DTSTART;VALUE=DATE:20261225}) closes its
 * dates: one date, or the dates up to its {@code DTEND} (exclusive, as RFC 5545 says) or for its
 * {@code DURATION} in days or weeks. Its {@code SUMMARY} is the holiday's name. A yearly
 * recurrence repeats it: {@code RRULE:FREQ=YEARLY} with optional {@code INTERVAL}, {@code COUNT}
 * and {@code UNTIL}, either on the start's month and day ({@code BYMONTH} and {@code BYMONTHDAY} may
 * repeat them; February 29 recurs in leap years only) or on one weekday of one month
 * ({@code BYMONTH=5;BYDAY=-1MO}, the last Monday of May; the start must be such a date).
 * {@code EXDATE} (dates) leaves occurrences out, {@code RDATE} (dates) adds some. Events with
 * {@code STATUS:CANCELLED} close nothing. Components other than events ({@code VTODO},
 * {@code VJOURNAL}, {@code VTIMEZONE} definitions) are ignored, as they close nothing.
 *
 * <h2>What is refused</h2>
 * Never skipped silently: the whole feed is refused, with a message naming the file, the event (its
 * summary and start) and what was expected, when an event
 * <ul>
 *   <li>starts at a time of day ({@code DTSTART:20261224T090000Z}, with or without a
 *       {@code TZID}): a timed event cannot close whole dates, and slakit will not guess which dates
 *       in which zone it means. All-day dates carry no time zone; they are the calendar's own local
 *       dates;</li>
 *   <li>repeats other than yearly ({@code FREQ=WEEKLY}, {@code DAILY}, {@code MONTHLY}...), or yearly
 *       with rule parts other than the ones above ({@code BYSETPOS}, {@code BYWEEKNO},
 *       {@code BYYEARDAY}, several months or days);</li>
 *   <li>overrides one occurrence of another ({@code RECURRENCE-ID}), or lasts longer than 366 days
 *       while it repeats.</li>
 * </ul>
 *
 * <p>Instances are immutable (apart from the feeds they have read, which they keep) and
 * thread-safe.
 */
public final class IcalHolidaySource implements HolidaySource {

    /** The name calendar text uses: {@code holidays ical holidays.ics}. */
    public static final String NAME = "ical";

    /** Where relative paths point; null when only {@link #texts} are served. */
    private final Path base;
    private final Map<String, String> texts;
    private final Map<String, Feed> feeds = new ConcurrentHashMap<>();

    /**
     * A source reading files; relative paths are resolved against the working directory of the JVM
     * as it is now. This is the constructor {@link java.util.ServiceLoader} uses.
     */
    public IcalHolidaySource() {
        this(Paths.get("").toAbsolutePath());
    }

    /**
     * A source reading files; relative paths are resolved against {@code baseDirectory}.
     *
     * @param baseDirectory the directory relative paths are resolved against
     */
    public IcalHolidaySource(Path baseDirectory) {
        this.base = Objects.requireNonNull(baseDirectory, "baseDirectory").toAbsolutePath();
        this.texts = Map.of();
    }

    private IcalHolidaySource(Map<String, String> texts) {
        this.base = null;
        this.texts = texts;
    }

    /**
     * A source serving iCalendar texts held in memory, by name: the argument of
     * {@code holidays ical <name>} is a key of {@code texts}. No file is read. Pass it to
     * {@code BusinessCalendar.parse(text, List.of(source))} or
     * {@code BusinessCalendar.Builder.holidays(source, name)}.
     *
     * @param texts the iCalendar texts by name; names are one line without {@code #}
     * @return the source
     */
    public static IcalHolidaySource ofTexts(Map<String, String> texts) {
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : Objects.requireNonNull(texts, "texts").entrySet()) {
            copy.put(Objects.requireNonNull(e.getKey(), "texts holds a null name"),
                    Objects.requireNonNull(e.getValue(), "texts holds a null text for '" + e.getKey() + "'"));
        }
        return new IcalHolidaySource(Collections.unmodifiableMap(copy));
    }

    /** @return {@code ical} */
    @Override
    public String name() {
        return NAME;
    }

    /**
     * Reads and checks the feed the argument names.
     *
     * @param argument a path (or, for {@link #ofTexts(Map)}, a name)
     * @throws IllegalArgumentException naming the file and, where one is at fault, the event, and
     *         what was expected
     */
    @Override
    public void checkArgument(String argument) {
        feed(argument);
    }

    /**
     * The dates the feed closes in {@code year}, with the events' summaries as names.
     *
     * @param argument a path (or, for {@link #ofTexts(Map)}, a name)
     * @param year the year, 1 to 9999
     * @return the holidays in that year, sorted by date and name
     * @throws IllegalArgumentException as {@link #checkArgument(String)}
     */
    @Override
    public List<Holiday> holidays(String argument, int year) {
        List<Holiday> out = new ArrayList<>();
        for (Event e : feed(argument).events) {
            e.addDates(year, out);
        }
        out.sort(Comparator.comparing(Holiday::date).thenComparing(Holiday::name));
        return Collections.unmodifiableList(out);
    }

    /** @return {@code ical (files in /base/dir)} or {@code ical (texts a, b)} */
    @Override
    public String toString() {
        return base != null ? NAME + " (files in " + base + ")" : NAME + " (texts " + String.join(", ", texts.keySet()) + ")";
    }

    private Feed feed(String argument) {
        Objects.requireNonNull(argument, "argument");
        return feeds.computeIfAbsent(argument, this::read);
    }

    private Feed read(String argument) {
        String text;
        String where;
        if (base == null) {
            text = texts.get(argument);
            where = "iCalendar text '" + argument + "'";
            if (text == null) {
                throw new IllegalArgumentException("no " + where + ": expected one of " + String.join(", ", texts.keySet()));
            }
        } else {
            Path file = base.resolve(argument).normalize();
            where = "iCalendar file '" + argument + "'";
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("cannot read " + where + " (" + file + "): " + e
                        + ": expected a readable .ics file (UTF-8), its path absolute or relative to " + base, e);
            }
        }
        return new Feed(IcalReader.read(text, where));
    }

    /** The events of one feed, checked. */
    private record Feed(List<Event> events) {
    }
}

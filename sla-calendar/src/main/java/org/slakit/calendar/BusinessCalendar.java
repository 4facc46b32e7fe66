package org.slakit.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slakit.calendar.spi.HolidaySource;
import org.slakit.text.internal.LineReader;

/**
 * A business-hours calendar: when a team (or a customer's contract) is open, and exact
 * arithmetic on the time that falls inside those hours.
 *
 * <h2>What a calendar holds</h2>
 * <ul>
 *   <li>A {@link ZoneId}. Open periods are written in local wall-clock time.</li>
 *   <li>Weekly hours: any number of periods per weekday (a lunch break is two periods), with
 *       {@code 24:00} as an end, and shifts that cross midnight ({@code Fri 22:00-06:00} runs into
 *       Saturday and belongs to Friday).</li>
 *   <li>Closed dates and {@link HolidayRule yearly holiday rules}. A holiday closes the periods
 *       that belong to its local date; a shift that started the evening before still runs into it,
 *       since a shift belongs to the date it starts on.</li>
 *   <li>Holidays from a {@link org.slakit.calendar.spi.HolidaySource holiday source} (a country's
 *       public holidays, an iCalendar feed), asked for one year at a time and cached with it.</li>
 *   <li>Special hours for single dates, and for the date a yearly rule picks (Christmas Eve
 *       09:00-12:00 every year), replacing that date's weekly hours. A closed date beats special
 *       hours; special hours for a date beat yearly ones.</li>
 *   <li>Optionally other calendars it is {@link #intersection(BusinessCalendar) intersected} with
 *       (a customer's contract hours and the team's hours).</li>
 * </ul>
 *
 * <h2>Time zones and daylight saving</h2>
 * Each date's periods are built from {@code LocalDate} + {@code LocalTime} in the zone, exactly
 * as {@link ZonedDateTime#of(LocalDate, LocalTime, ZoneId)} does: a boundary that falls in a gap
 * (spring forward) moves later by the length of the gap, a boundary that falls in an overlap
 * (fall back) takes the earlier offset. So a 00:00-24:00 day in New York is 23 hours long on the
 * spring Sunday and 25 on the autumn one. A date the zone skips entirely (Pacific/Apia,
 * 2011-12-30) has no open time at all. Periods that overlap after this conversion are joined,
 * so no instant is ever counted twice.
 *
 * <h2>The contract about time</h2>
 * Business time is real elapsed time inside open periods; periods are half-open (the opening
 * instant is open, the closing instant is closed).
 * <ul>
 *   <li>{@link #between(Instant, Instant) between(a, b)} is the open time in {@code [a, b)}, and
 *       {@code -between(b, a)} when {@code b} is before {@code a}.</li>
 *   <li>{@link #plus(Instant, Duration) plus(t, d)} for {@code d >= 0} is the earliest instant
 *       {@code u >= t} with {@code between(t, u) == d}: time that exactly fills a day lands on its
 *       closing instant (Mon 09:00 + 8h = Mon 17:00 on a 09-17 calendar, not Tue 09:00), and adding
 *       zero returns {@code t} itself even when it is closed.</li>
 *   <li>{@link #minus(Instant, Duration) minus(t, d)} is the latest instant {@code u <= t} with
 *       {@code between(u, t) == d}: it lands on an opening instant, never on the previous close.</li>
 * </ul>
 * A {@link Duration} is exact time: {@code Duration.ofDays(2)} is 48 hours of business time, not
 * two business days; use {@link #plusBusinessDays(Instant, int)} for those.
 *
 * <h2>Cost</h2>
 * Open periods are kept per UTC year with running sums, built on first use and cached, so
 * {@code plus}, {@code minus} and {@code between} take a binary search at each end plus one
 * addition per year crossed, whatever the length of the duration.
 *
 * <h2>Limits</h2>
 * No method loops forever. Every search ({@link #nextOpen}, {@link #nextClose}, {@link #plus},
 * {@link #minus}, {@link #plusBusinessDays}, {@link #minusBusinessDays}) follows one rule: it
 * gives up when it would have to cross {@value #HORIZON_YEARS} consecutive calendar years without
 * any open time, and throws a {@link DateTimeException} naming the start instant. The years are
 * UTC years, counted after the year of the start, whatever the calendar's zone: with open time
 * only on 2029-12-31 14:00-15:00 in Pacific/Pago_Pago (UTC-11, so in UTC year 2030) and on
 * 2040-06-01, a search from the first to the second crosses the nine empty UTC years 2031-2039 and
 * answers; with the second date in 2041 every one of these operations throws.
 * {@link #nextClose(Instant)} also throws on a calendar that stays open without a break for
 * that long. Instants from {@code 0001-01-01T00:00Z} to {@code 10000-01-01T00:00Z}
 * (exclusive) are supported; outside that, arguments and results give a {@link DateTimeException}.
 *
 * <p>This class is immutable and thread-safe. Equality is by content:
 * {@code parse(c.toString()).equals(c)}.
 */
public final class BusinessCalendar {

    /** How many consecutive years without open time a search crosses before it gives up. */
    public static final int HORIZON_YEARS = 10;

    static final int MIN_YEAR = 1;
    static final int MAX_YEAR = 9999;
    static final long MIN_SECOND = LocalDate.of(MIN_YEAR, 1, 1).toEpochDay() * DayHours.DAY;
    static final long MAX_SECOND = LocalDate.of(MAX_YEAR + 1, 1, 1).toEpochDay() * DayHours.DAY;
    private static final long NANOS = 1_000_000_000L;

    private final List<Schedule> parts;
    private final ZoneId zone;
    private final YearCache<YearTable> tables;
    /** The business-day side: which dates own which periods, and moving by whole dates. */
    private final BusinessDays days;

    private BusinessCalendar(List<Schedule> parts) {
        this.parts = List.copyOf(parts);
        this.zone = parts.get(0).zone;
        if (parts.size() == 1) {
            this.tables = parts.get(0).tables();
        } else {
            this.tables = new YearCache<>(this::intersectTables);
        }
        this.days = new BusinessDays(this, this.parts);
    }

    static BusinessCalendar of(List<Schedule> parts) {
        return new BusinessCalendar(parts);
    }

    // ------------------------------------------------------------------ factories

    /**
     * Reads a calendar from its text form. The grammar is in the README; in short:
     * <pre>
     * # comments and blank lines are ignored
     * zone Europe/Berlin
     * Mon-Fri 09:00-12:00 13:00-17:00
     * Sat 10:00-14:00
     * Fri 22:00-06:00
     * closed 2026-12-25
     * closed yearly 12-25 observed
     * closed yearly last Mon of May from 2020
     * closed yearly Easter+1
     * closed yearly 12-26 substitute
     * closed yearly 04-27 if Sun -1
     * closed yearly Fri between 06-19 and 06-25
     * holidays jollyday DE-BY
     * yearly 12-31 09:00-12:00
     * 2026-12-24 09:00-12:00
     * intersect
     * zone America/New_York
     * Mon-Fri 08:00-18:00
     * </pre>
     * {@code intersect} starts another calendar that the ones before it are intersected with.
     * A {@code holidays} statement is resolved with the holiday sources installed for
     * {@link java.util.ServiceLoader}; see {@link #parse(CharSequence, List)}. A line holds at most
     * 1,000 characters; dates and years lie in 1 to 9999.
     *
     * @param text the calendar text
     * @return the calendar
     * @throws CalendarFormatException naming the line, the offending text and what was expected
     */
    public static BusinessCalendar parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return CalendarFormat.parse(text, List.of());
    }

    /**
     * Reads a calendar from its text form, resolving {@code holidays <source> <argument>}
     * statements with the given sources first, then with those installed for
     * {@link java.util.ServiceLoader}. Sources are matched by {@link HolidaySource#name()},
     * ignoring case.
     *
     * @param text the calendar text
     * @param sources holiday sources to use before the installed ones
     * @return the calendar
     * @throws CalendarFormatException naming the line, the offending text and what was expected;
     *         also for a {@code holidays} statement whose source is not found or refuses the argument
     */
    public static BusinessCalendar parse(CharSequence text, List<HolidaySource> sources) {
        Objects.requireNonNull(text, "text");
        for (HolidaySource source : Objects.requireNonNull(sources, "sources")) {
            Objects.requireNonNull(source, "sources holds null");
        }
        return CalendarFormat.parse(text, sources);
    }

    /**
     * Starts a calendar in the given zone, with no open hours yet.
     *
     * @param zone the zone whose wall-clock time the hours are written in
     * @return a new builder
     */
    public static Builder builder(ZoneId zone) {
        return new Builder(Objects.requireNonNull(zone, "zone"));
    }

    /**
     * A calendar that is open all the time: business time is plain elapsed time, across
     * daylight-saving changes too, and every date is a business day. {@link #nextClose(Instant)}
     * on it throws, since it never closes.
     *
     * @param zone the zone that decides which local date an instant belongs to
     * @return the calendar
     */
    public static BusinessCalendar alwaysOpen(ZoneId zone) {
        return builder(zone).open(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT).build();
    }

    /**
     * The calendar that is open only when both this one and {@code other} are open: for example a
     * customer's contract hours and the team's hours. The result keeps this calendar's zone for
     * business days, and a date is a business day when this calendar's periods of that date
     * overlap the other calendar's open time.
     *
     * @param other the other calendar
     * @return the intersection, whose text form lists both calendars separated by {@code intersect}
     */
    public BusinessCalendar intersection(BusinessCalendar other) {
        Objects.requireNonNull(other, "other");
        List<Schedule> all = new ArrayList<>(parts);
        all.addAll(other.parts);
        return new BusinessCalendar(all);
    }

    // ------------------------------------------------------------------ queries

    /** @return the zone whose wall-clock time decides local dates and business days */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Tells whether the calendar is open at an instant. Periods are half-open: the opening instant
     * is open, the closing instant is not.
     *
     * @param instant the instant
     * @return true if the instant is inside an open period
     * @throws DateTimeException if the instant is outside the supported range
     */
    public boolean isOpen(Instant instant) {
        long second = second(instant);
        return table(year(second)).isOpen(second);
    }

    /**
     * The earliest open instant at or after {@code instant}: the instant itself when it is open,
     * otherwise the next opening instant.
     *
     * @param instant the instant to start from
     * @return the earliest open instant {@code >= instant}
     * @throws DateTimeException if no open time exists within {@value #HORIZON_YEARS} years
     */
    public Instant nextOpen(Instant instant) {
        long second = second(instant);
        int year = year(second);
        YearTable t = table(year);
        int i = t.floor(second);
        if (i >= 0 && second < t.ends[i]) {
            return instant;
        }
        if (i + 1 < t.size) {
            return Instant.ofEpochSecond(t.starts[i + 1]);
        }
        for (int empty = 0; ; empty++) {
            year = nextYear(year, empty, instant);
            t = table(year);
            if (t.size > 0) {
                return Instant.ofEpochSecond(t.starts[0]);
            }
        }
    }

    /**
     * The closing instant of the open period that contains {@code instant}, or of the next open
     * period when {@code instant} is closed. Periods that touch (a shift until 24:00 followed by
     * one from 00:00) count as one.
     *
     * @param instant the instant to start from
     * @return the next closing instant, strictly after {@code instant}
     * @throws DateTimeException if no open time exists within {@value #HORIZON_YEARS} years, or the
     *         calendar stays open without a break for longer than that (as {@link #alwaysOpen} does)
     */
    public Instant nextClose(Instant instant) {
        Instant open = nextOpen(instant);
        long second = open.getEpochSecond();
        int year = year(second);
        YearTable t = table(year);
        int i = t.floor(second);
        long end = t.ends[i];
        int continued = 0;
        while (i == t.size - 1 && end == t.to) {
            if (year == MAX_YEAR) {
                break; // refused below: the close lies at the end of the supported range
            }
            if (++continued > HORIZON_YEARS) {
                throw new DateTimeException("Calendar stays open without a break for more than "
                        + HORIZON_YEARS + " years after " + instant);
            }
            year++;
            t = table(year);
            if (t.size == 0 || t.starts[0] != end) {
                break;
            }
            i = 0;
            end = t.ends[0];
        }
        return inRange(end, 0, instant);
    }

    /**
     * The open time in {@code [startInclusive, endExclusive)}, signed like
     * {@link Duration#between}: when the end is before the start the result is
     * {@code -between(endExclusive, startInclusive)}.
     *
     * @param startInclusive the start, counted when open
     * @param endExclusive the end, not counted
     * @return the business time between the two instants
     * @throws DateTimeException if either instant is outside the supported range
     */
    public Duration between(Instant startInclusive, Instant endExclusive) {
        long a = second(startInclusive);
        long b = second(endExclusive);
        int cmp = startInclusive.compareTo(endExclusive);
        if (cmp > 0) {
            return between(endExclusive, startInclusive).negated();
        }
        if (cmp == 0) {
            return Duration.ZERO;
        }
        int ya = year(a);
        int yb = year(b);
        YearTable ta = table(ya);
        long pa = ta.position(a);
        long pb;
        long seconds;
        if (ya == yb) {
            pb = ta.position(b);
            seconds = (pb >> 1) - (pa >> 1);
        } else {
            seconds = ta.total - (pa >> 1);
            for (int y = ya + 1; y < yb; y++) {
                seconds += table(y).total;
            }
            pb = table(yb).position(b);
            seconds += pb >> 1;
        }
        long nanos = ((pb & 1) != 0 ? endExclusive.getNano() : 0) - ((pa & 1) != 0 ? startInclusive.getNano() : 0);
        return Duration.ofSeconds(seconds, nanos);
    }

    /**
     * Adds business time: the earliest instant {@code u >= instant} with
     * {@code between(instant, u) == businessTime}. Time that exactly fills an open period lands
     * on its closing instant; adding zero returns {@code instant} unchanged, open or not; for a
     * positive duration the result is never closed time nor an opening instant. A negative
     * duration is the same as {@link #minus(Instant, Duration) minus} of its negation.
     *
     * @param instant the start
     * @param businessTime the business time to add; exact time, so {@code Duration.ofDays(1)} is 24 hours
     * @return the deadline
     * @throws DateTimeException if the result would lie outside the supported range, or no open
     *         time exists within {@value #HORIZON_YEARS} years
     */
    public Instant plus(Instant instant, Duration businessTime) {
        Objects.requireNonNull(businessTime, "businessTime");
        if (businessTime.isNegative()) {
            checkLength(businessTime);
            return minus(instant, businessTime.negated());
        }
        long second = second(instant);
        if (businessTime.isZero()) {
            return instant;
        }
        checkLength(businessTime);
        int year = year(second);
        YearTable t = table(year);
        long p = t.position(second);
        long rest = (p >> 1) + businessTime.getSeconds();
        long nano = ((p & 1) != 0 ? instant.getNano() : 0) + businessTime.getNano();
        if (nano >= NANOS) {
            nano -= NANOS;
            rest++;
        }
        int empty = 0;
        int startYear = year;
        while (rest > t.total || (rest == t.total && nano > 0)) {
            rest -= t.total;
            empty = t.size == 0 && year != startYear ? empty + 1 : 0;
            year = nextYear(year, empty, instant);
            t = table(year);
        }
        int i = t.firstReaching(rest);
        if (t.cumEnd[i] == rest && nano > 0) {
            i++;
        }
        return inRange(t.secondAt(i, rest), nano, instant);
    }

    /**
     * Subtracts business time: the latest instant {@code u <= instant} with
     * {@code between(u, instant) == businessTime}. The result is an opening instant rather than the
     * closing instant of the period before; subtracting zero returns {@code instant} unchanged.
     * A negative duration is the same as {@link #plus(Instant, Duration) plus} of its negation.
     * For an open {@code t}, {@code minus(plus(t, d), d) == t}.
     *
     * @param instant the end
     * @param businessTime the business time to subtract
     * @return the latest start that leaves exactly that much business time before {@code instant}
     * @throws DateTimeException if the result would lie outside the supported range, or no open
     *         time exists within {@value #HORIZON_YEARS} years before
     */
    public Instant minus(Instant instant, Duration businessTime) {
        Objects.requireNonNull(businessTime, "businessTime");
        if (businessTime.isNegative()) {
            checkLength(businessTime);
            return plus(instant, businessTime.negated());
        }
        long second = second(instant);
        if (businessTime.isZero()) {
            return instant;
        }
        checkLength(businessTime);
        int year = year(second);
        YearTable t = table(year);
        long p = t.position(second);
        long rest = (p >> 1) - businessTime.getSeconds();
        long nano = ((p & 1) != 0 ? instant.getNano() : 0) - businessTime.getNano();
        if (nano < 0) {
            nano += NANOS;
            rest--;
        }
        int empty = 0;
        int startYear = year;
        while (rest < 0) {
            empty = t.size == 0 && year != startYear ? empty + 1 : 0;
            year = previousYear(year, empty, instant);
            t = table(year);
            rest += t.total;
        }
        int i = t.firstReaching(rest + 1);
        return Instant.ofEpochSecond(t.secondAt(i, rest), nano);
    }

    /**
     * The open periods that intersect {@code [from, to)}, clipped to it: sorted, disjoint, merged
     * where they touch, and summing to {@code between(from, to)}.
     *
     * @param from the start of the range, inclusive
     * @param to the end of the range, exclusive
     * @return the periods, possibly empty
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     * @throws DateTimeException if either instant is outside the supported range
     */
    public List<OpenPeriod> openPeriods(Instant from, Instant to) {
        long a = second(from);
        long b = second(to);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("openPeriods range is reversed: " + from + " to " + to);
        }
        List<OpenPeriod> out = new ArrayList<>();
        Instant pendingStart = null;
        Instant pendingEnd = null;
        for (int y = year(a); y <= year(b); y++) {
            YearTable t = table(y);
            for (int i = Math.max(0, t.floor(a)); i < t.size && t.starts[i] <= b; i++) {
                Instant s = max(from, Instant.ofEpochSecond(t.starts[i]));
                Instant e = min(to, Instant.ofEpochSecond(t.ends[i]));
                if (!s.isBefore(e)) {
                    continue;
                }
                if (pendingEnd != null && pendingEnd.equals(s)) {
                    pendingEnd = e;
                } else {
                    if (pendingEnd != null) {
                        out.add(OpenPeriod.of(pendingStart, pendingEnd));
                    }
                    pendingStart = s;
                    pendingEnd = e;
                }
            }
        }
        if (pendingEnd != null) {
            out.add(OpenPeriod.of(pendingStart, pendingEnd));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The open periods that belong to a local date: those that start on it, including a shift
     * that runs past midnight into the next date, and not the tail of the previous date's
     * overnight shift. Empty on a closed date or a date without hours.
     *
     * @param date the local date in this calendar's zone
     * @return the date's periods, sorted and disjoint
     */
    public List<OpenPeriod> openPeriodsOn(LocalDate date) {
        long[] pairs = days.pairs(date);
        List<OpenPeriod> out = new ArrayList<>(pairs.length / 2);
        for (int i = 0; i < pairs.length; i += 2) {
            out.add(OpenPeriod.of(Instant.ofEpochSecond(pairs[i]), Instant.ofEpochSecond(pairs[i + 1])));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Tells whether a local date is a business day: whether any open time belongs to it (see
     * {@link #openPeriodsOn(LocalDate)}).
     *
     * @param date the local date in this calendar's zone
     * @return true if the date has open time of its own
     */
    public boolean isBusinessDay(LocalDate date) {
        return days.isBusinessDay(date);
    }

    /**
     * The name of the holiday that a {@link org.slakit.calendar.spi.HolidaySource holiday source}
     * closes a date for, for explanations such as "closed: Tag der Deutschen Einheit". Dates closed
     * by a yearly rule or a {@code closed} date have no name here. In an intersection, the first
     * calendar whose sources name the date answers. The source is asked again on each call (names
     * are not cached).
     *
     * @param date the local date in this calendar's zone
     * @return the name, or empty when no holiday source of this calendar closes the date
     * @throws DateTimeException if the date is outside the supported years
     */
    public Optional<String> holidayName(LocalDate date) {
        checkYear(date.getYear(), date);
        for (Schedule part : parts) {
            String name = part.holidayName(date);
            if (name != null) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * Counts the business days in {@code [startInclusive, endExclusive)}, negated when the end is
     * before the start.
     *
     * @param startInclusive the first date counted
     * @param endExclusive the first date not counted
     * @return the number of business days
     */
    public long businessDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
        return days.between(startInclusive, endExclusive);
    }

    /**
     * Moves by whole business days, keeping the local time of day.
     *
     * <p>For {@code days > 0}: start from {@code nextOpen(instant)}, which belongs to some business
     * day D; the result is the same local time (measured from the start of D, so a time in the
     * part of an overnight shift after midnight stays after midnight) on the {@code days}-th
     * business day after D. If that day closes earlier, the result moves back to its closing
     * instant; if it opens later, forward to its opening; if the time falls in a break, back to the
     * close before the break. On a Mon-Fri 09:00-17:00 calendar: Tue 15:00 + 1 = Wed 15:00,
     * Fri 15:00 + 1 = Mon 15:00, Sat 12:00 + 1 = Tue 09:00.
     *
     * <p>For {@code days < 0}, symmetrically: start from {@code instant} when it is open, else from
     * the closing instant of the last period before it; a time in a break moves forward to the
     * opening after the break. {@code days == 0} gives {@code nextOpen(instant)}.
     *
     * <p>The result never lies before the start for {@code days > 0}, nor after it for
     * {@code days < 0}: when the target day's periods end before the start's own period does (a
     * night shift stretched by a daylight-saving change, or special hours inside the previous
     * night's shift), the start itself is returned.
     *
     * @param instant the start
     * @param days the number of business days, negative to go back
     * @return the instant the given number of business days away
     * @throws DateTimeException if the walk from business day to business day would cross
     *         {@value #HORIZON_YEARS} consecutive UTC years without open time (the rule every search
     *         follows, see the class comment), or leave the supported range
     */
    public Instant plusBusinessDays(Instant instant, int days) {
        return this.days.plus(instant, days);
    }

    /**
     * Equivalent to {@code plusBusinessDays(instant, -days)}.
     *
     * @param instant the start
     * @param days the number of business days to go back
     * @return the instant the given number of business days before
     * @throws DateTimeException as {@link #plusBusinessDays(Instant, int)} does
     * @throws ArithmeticException if {@code days} is {@code Integer.MIN_VALUE}
     */
    public Instant minusBusinessDays(Instant instant, int days) {
        if (days == Integer.MIN_VALUE) {
            throw new ArithmeticException("Business days out of range: " + days);
        }
        return plusBusinessDays(instant, -days);
    }

    // ------------------------------------------------------------------ internals

    YearTable table(int year) {
        return tables.get(year);
    }

    /** The business-day side; for tests. */
    BusinessDays businessDays() {
        return days;
    }

    private YearTable intersectTables(int year) {
        YearTable t = parts.get(0).table(year);
        for (int i = 1; i < parts.size(); i++) {
            t = Timeline.intersect(t, parts.get(i).table(year));
        }
        return t;
    }

    /** The error of a search that crossed {@value #HORIZON_YEARS} UTC years without open time. */
    DateTimeException noOpenTime(Instant origin, boolean after) {
        return new DateTimeException("No open time within " + HORIZON_YEARS + " years " + (after ? "after " : "before ")
                + origin + " in calendar with zone " + zone);
    }

    int nextYear(int year, int emptyYears, Instant origin) {
        if (emptyYears >= HORIZON_YEARS) {
            throw noOpenTime(origin, true);
        }
        if (year >= MAX_YEAR) {
            throw new DateTimeException("Result after " + origin + " lies beyond the supported range (year "
                    + MAX_YEAR + ")");
        }
        return year + 1;
    }

    int previousYear(int year, int emptyYears, Instant origin) {
        if (emptyYears >= HORIZON_YEARS) {
            throw noOpenTime(origin, false);
        }
        if (year <= MIN_YEAR) {
            throw new DateTimeException("Result before " + origin + " lies beyond the supported range (year "
                    + MIN_YEAR + ")");
        }
        return year - 1;
    }

    /** The instant at an epoch second and nano, refused when it lies at or past the end of the supported range. */
    static Instant inRange(long second, long nano, Instant origin) {
        if (second >= MAX_SECOND) {
            throw new DateTimeException("Result after " + origin + " lies beyond the supported range (year "
                    + MAX_YEAR + ")");
        }
        return Instant.ofEpochSecond(second, nano);
    }

    static long second(Instant instant) {
        long second = instant.getEpochSecond();
        if (second < MIN_SECOND || second >= MAX_SECOND) {
            throw new DateTimeException("Instant " + instant
                    + " is outside the supported range 0001-01-01T00:00:00Z to 10000-01-01T00:00:00Z");
        }
        return second;
    }

    private static void checkLength(Duration businessTime) {
        if (businessTime.getSeconds() > MAX_SECOND - MIN_SECOND || businessTime.getSeconds() < MIN_SECOND - MAX_SECOND) {
            throw new DateTimeException("Business time " + businessTime + " is longer than the supported range");
        }
    }

    static void checkYear(int year, LocalDate date) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new DateTimeException("Date " + date + " is outside the supported years " + MIN_YEAR + " to " + MAX_YEAR);
        }
    }

    static int year(long epochSecond) {
        return EpochDays.yearOf(Math.floorDiv(epochSecond, DayHours.DAY));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    // ------------------------------------------------------------------ value

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BusinessCalendar && parts.equals(((BusinessCalendar) obj).parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    /**
     * @return the calendar in the text form that {@link #parse(CharSequence)} reads back to an
     *         equal calendar
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sb.append("intersect\n");
            }
            parts.get(i).format(sb);
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ builder

    /**
     * Builds a {@link BusinessCalendar}. Periods are given as a start and an end in local time;
     * an end at or before the start runs into the next date, so {@code LocalTime.MIDNIGHT} as an
     * end means 24:00. Each period is checked as it is added, so the error names the period at
     * fault.
     *
     * <p>A builder is not thread-safe; the calendar it builds is.
     */
    public static final class Builder {

        private final ZoneId zone;
        private final DayHours[] weekly = new DayHours[7];
        private final NavigableSet<LocalDate> closedDates = new TreeSet<>();
        /** A set, so that adding a rule is not a search through the rules added so far. */
        private final Set<HolidayRule> rules = new HashSet<>();
        private final NavigableMap<LocalDate, DayHours> special = new TreeMap<>();
        private final Set<HolidaySet> sets = new HashSet<>();
        private final Map<HolidayRule, DayHours> yearlySpecial = new HashMap<>();

        Builder(ZoneId zone) {
            this.zone = zone;
            Arrays.fill(weekly, DayHours.CLOSED);
        }

        /**
         * Adds a weekly open period. An end at or before the start runs into the next day
         * ({@code Fri 22:00-06:00}); {@code LocalTime.MIDNIGHT} as an end means 24:00. Periods of the
         * same day that touch are merged.
         *
         * @param day the day the period starts on, and belongs to
         * @param start the opening time
         * @param end the closing time
         * @return this builder
         * @throws IllegalArgumentException if the times are not whole seconds, start equals end
         *         (other than a whole day from midnight), or the period overlaps another
         */
        public Builder open(DayOfWeek day, LocalTime start, LocalTime end) {
            Objects.requireNonNull(day, "day");
            int[] p = period(start, end);
            addWeekly(day, p[0], p[1]);
            return this;
        }

        /**
         * Adds the same weekly open period to several days.
         *
         * @param days the days
         * @param start the opening time
         * @param end the closing time
         * @return this builder
         * @throws IllegalArgumentException as {@link #open(DayOfWeek, LocalTime, LocalTime)} does, and
         *         when {@code days} is empty
         */
        public Builder open(Collection<DayOfWeek> days, LocalTime start, LocalTime end) {
            int[] p = period(start, end);
            if (Objects.requireNonNull(days, "days").isEmpty()) {
                throw new IllegalArgumentException("No days given for period " + start + "-" + end
                        + ": expected at least one day of the week");
            }
            for (DayOfWeek day : EnumSet.copyOf(days)) {
                addWeekly(day, p[0], p[1]);
            }
            return this;
        }

        /**
         * Closes a whole local date: no period that belongs to it opens.
         *
         * @param date the date, in the years 1 to 9999
         * @return this builder
         * @throws IllegalArgumentException if the date lies outside the years 1 to 9999
         */
        public Builder closed(LocalDate date) {
            closedDates.add(checkDate(Objects.requireNonNull(date, "date")));
            return this;
        }

        /**
         * Closes the date a yearly rule picks, each year.
         *
         * @param rule the rule
         * @return this builder
         */
        public Builder closed(HolidayRule rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Closes the dates a holiday source gives for an argument, in every year: for example a
         * country's public holidays. The calendar asks the source for one year at a time, when it
         * first needs that year, and keeps the answer.
         *
         * @param source the source, such as one found through {@link java.util.ServiceLoader}
         * @param argument what the source should give, such as {@code DE-BY}; one line of text,
         *        without {@code #}
         * @return this builder
         * @throws IllegalArgumentException if the argument is blank, spans lines or holds {@code #}
         *         (the text form could not say it), the source's name is not one word, or the source
         *         refuses the argument
         */
        public Builder holidays(HolidaySource source, String argument) {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(argument, "argument");
            String name = Objects.requireNonNull(source.name(), "source.name()");
            if (!name.matches("[\\p{Alnum}_.-]+")) {
                throw new IllegalArgumentException("holiday source name '" + name
                        + "' is not one word: expected letters, digits, '_', '.' or '-'");
            }
            if (argument.isBlank() || !argument.strip().equals(argument) || argument.indexOf('#') >= 0
                    || LineReader.lineCount(argument) > 1) {
                throw new IllegalArgumentException("holiday source argument '" + argument
                        + "' cannot be written on one line: expected text without '#', line breaks or surrounding"
                        + " spaces, such as DE-BY");
            }
            source.checkArgument(argument);
            sets.add(new HolidaySet(source, argument));
            return this;
        }

        /**
         * Adds a special open period for one date; the date's special periods replace its weekly
         * hours. A closed date or holiday beats special hours.
         *
         * @param date the date the period starts on, in the years 1 to 9999
         * @param start the opening time
         * @param end the closing time, at or before the start to run into the next date
         * @return this builder
         * @throws IllegalArgumentException as {@link #open(DayOfWeek, LocalTime, LocalTime)} does, and
         *         if the date lies outside the years 1 to 9999 (as a holiday rule for such a year is)
         */
        public Builder special(LocalDate date, LocalTime start, LocalTime end) {
            Objects.requireNonNull(date, "date");
            int[] p = period(start, end);
            addSpecial(date, p[0], p[1]);
            return this;
        }

        void addWeekly(DayOfWeek day, int start, int end) {
            DayHours next = weekly[day.plus(1).ordinal()];
            if (end > DayHours.DAY && !next.isEmpty() && next.start(0) < end - DayHours.DAY) {
                throw new IllegalArgumentException("period " + DayHours.format(start, end) + " on "
                        + YearlyRule.shortName(day) + " runs into " + YearlyRule.shortName(day.plus(1))
                        + "'s period " + DayHours.format(next.start(0), next.end(0)));
            }
            DayHours previous = weekly[day.minus(1).ordinal()];
            if (previous.lastEnd() - DayHours.DAY > start) {
                throw new IllegalArgumentException("period " + DayHours.format(start, end) + " on "
                        + YearlyRule.shortName(day) + " overlaps the overnight period "
                        + DayHours.format(previous.start(previous.size() - 1), previous.lastEnd()) + " of "
                        + YearlyRule.shortName(day.minus(1)));
            }
            weekly[day.ordinal()] = weekly[day.ordinal()].with(start, end);
        }

        /**
         * Adds a special open period for the date a yearly rule picks, every year: Christmas Eve
         * 09:00-12:00 is {@code special(HolidayRule.fixed(DECEMBER, 24), 09:00, 12:00)}. The rule's
         * periods replace that date's weekly hours; special hours for a single date beat them, and a
         * closed date or holiday beats both. When two such rules pick the same date, the one that
         * comes first in the calendar's text form applies.
         *
         * @param rule the rule that picks the date each year
         * @param start the opening time
         * @param end the closing time, at or before the start to run into the next date
         * @return this builder
         * @throws IllegalArgumentException as {@link #open(DayOfWeek, LocalTime, LocalTime)} does
         */
        public Builder special(HolidayRule rule, LocalTime start, LocalTime end) {
            Objects.requireNonNull(rule, "rule");
            int[] p = period(start, end);
            addYearlySpecial(rule, p[0], p[1]);
            return this;
        }

        void addYearlySpecial(HolidayRule rule, int start, int end) {
            yearlySpecial.put(rule, yearlySpecial.getOrDefault(rule, DayHours.CLOSED).with(start, end));
        }

        void addSpecial(LocalDate date, int start, int end) {
            checkDate(date);
            special.put(date, special.getOrDefault(date, DayHours.CLOSED).with(start, end));
        }

        /**
         * Builds the calendar.
         *
         * @return the calendar
         * @throws IllegalStateException if the calendar would never be open: no weekly hours and no
         *         special hours on a date that is not closed, exists in the zone (not Pacific/Apia's
         *         2011-12-30) and lies in the supported years. An intersection is not checked: two
         *         calendars whose hours never overlap give a calendar whose searches throw.
         */
        public BusinessCalendar build() {
            return new BusinessCalendar(List.of(schedule()));
        }

        Schedule schedule() {
            Schedule schedule = new Schedule(zone, weekly, closedDates, rules, sets, special, yearlySpecial);
            boolean weeklyHours = Arrays.stream(weekly).anyMatch(h -> !h.isEmpty());
            boolean specialHours = special.keySet().stream().anyMatch(d -> d.getYear() >= MIN_YEAR
                    && d.getYear() <= MAX_YEAR && schedule.exists(d) && !schedule.isClosedDate(d));
            if (!weeklyHours && !specialHours && !schedule.hasYearlySpecial()) {
                throw new IllegalStateException("Calendar in zone " + zone
                        + " has no open hours: add weekly hours, or special hours on a date that is not closed,"
                        + " exists in the zone and lies in the years 1 to 9999");
            }
            return schedule;
        }

        /** Dates outside the supported years are refused, as holiday rules for such years are. */
        private static LocalDate checkDate(LocalDate date) {
            if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                throw new IllegalArgumentException("date " + date + " is outside the supported years " + MIN_YEAR
                        + " to " + MAX_YEAR);
            }
            return date;
        }

        private static int[] period(LocalTime start, LocalTime end) {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (start.getNano() != 0 || end.getNano() != 0) {
                throw new IllegalArgumentException("Period times must be whole seconds: " + start + "-" + end);
            }
            int s = start.toSecondOfDay();
            int e = end.toSecondOfDay();
            if (e == s && s != 0) {
                throw new IllegalArgumentException("Period " + start + "-" + end
                        + " starts and ends at the same time: write 00:00-24:00 for a whole day, or two periods");
            }
            return new int[] {s, e <= s ? e + DayHours.DAY : e};
        }
    }
}

package org.slakit.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;

/**
 * The business-day side of a {@link BusinessCalendar}: which local date owns which open periods
 * (a shift belongs to the date it starts on), whether a date is a business day, counting business
 * days and moving by whole business days. The instant arithmetic stays in {@link BusinessCalendar};
 * this class uses it for {@code nextOpen}, {@code isOpen} and the year tables.
 *
 * <p>Searches follow the calendar's one horizon rule: moving from one business day to the next
 * (or previous) gives up when the open time of the two days lies {@value BusinessCalendar#HORIZON_YEARS}
 * or more whole UTC years apart, the same years that {@code plus}, {@code minus} and
 * {@code nextOpen} count.
 *
 * <p>Immutable after construction and thread-safe (the caches are).
 */
final class BusinessDays {

    private final BusinessCalendar calendar;
    private final List<Schedule> parts;
    private final ZoneId zone;
    /** Per local year: the sorted epoch days of its business days. */
    private final YearCache<int[]> businessDays = new YearCache<>(this::buildBusinessDays);
    /** Per local year, indexed by day of year - 1: the epoch-second pairs of each date's own periods. */
    private final YearCache<long[][]> datePeriods = new YearCache<>(this::buildDatePeriods);
    /** Marks "no fixed offset" in {@link #fixedOffset} and "a transition nearby" from {@link #quietOffset}. */
    private static final long NOT_QUIET = Long.MIN_VALUE;
    /** How far from a local time the fast path wants no offset transition: two days, more than any offset. */
    private static final long QUIET = 2L * DayHours.DAY;
    /** The zone's offset in seconds when it never changes, else {@link #NOT_QUIET}. */
    private final long fixedOffset;
    /** Per UTC year: the zone's offset transitions, for the fast path. */
    private final YearCache<Offsets> offsets = new YearCache<>(this::buildOffsets);

    BusinessDays(BusinessCalendar calendar, List<Schedule> parts) {
        this.calendar = calendar;
        this.parts = parts;
        this.zone = parts.get(0).zone;
        ZoneRules rules = zone.getRules();
        this.fixedOffset = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : NOT_QUIET;
    }

    /** {@link BusinessCalendar#isBusinessDay(LocalDate)}. */
    boolean isBusinessDay(LocalDate date) {
        BusinessCalendar.checkYear(date.getYear(), date);
        return Arrays.binarySearch(businessDays.get(date.getYear()), (int) date.toEpochDay()) >= 0;
    }

    /** {@link BusinessCalendar#businessDaysBetween(LocalDate, LocalDate)}. */
    long between(LocalDate startInclusive, LocalDate endExclusive) {
        if (endExclusive.isBefore(startInclusive)) {
            return -between(endExclusive, startInclusive);
        }
        BusinessCalendar.checkYear(startInclusive.getYear(), startInclusive);
        BusinessCalendar.checkYear(endExclusive.getYear(), endExclusive);
        long count = 0;
        for (int y = startInclusive.getYear(); y <= endExclusive.getYear(); y++) {
            int[] days = businessDays.get(y);
            int lo = y == startInclusive.getYear() ? lowerBound(days, startInclusive.toEpochDay()) : 0;
            int hi = y == endExclusive.getYear() ? lowerBound(days, endExclusive.toEpochDay()) : days.length;
            count += hi - lo;
        }
        return count;
    }

    /**
     * {@link BusinessCalendar#plusBusinessDays(Instant, int)}: for {@code days > 0} the fast path
     * in epoch seconds and epoch days when it applies, else {@link #plusPlain}.
     */
    Instant plus(Instant instant, int days) {
        if (days > 0) {
            Instant fast = plusFast(instant, days);
            if (fast != null) {
                return fast;
            }
        }
        return plusPlain(instant, days);
    }

    /**
     * {@link #plusPlain} for {@code days > 0} without {@code LocalDate}, {@code LocalDateTime} or
     * {@code ZonedDateTime}: the start's local wall-clock time from the cached offsets of the zone,
     * the wanted instant on the target date from its local time when no offset transition lies
     * within two days of it. Gives null, for the plain code to answer (or to throw), whenever
     * anything is out of the ordinary: the next opening lies in a later year's table, a date
     * outside the supported years, no owner found, a transition near the wanted local time.
     */
    Instant plusFast(Instant instant, int days) {
        long second = BusinessCalendar.second(instant);
        YearTable t = calendar.table(BusinessCalendar.year(second));
        int i = t.floor(second);
        long start;
        int nano;
        if (i >= 0 && second < t.ends[i]) {
            start = second;
            nano = instant.getNano();
        } else if (i + 1 < t.size) {
            start = t.starts[i + 1];
            nano = 0;
        } else {
            return null;
        }
        long local = start + offsetAt(start);
        long localDay = Math.floorDiv(local, DayHours.DAY);
        long owner = Long.MIN_VALUE;
        for (int back = 0; back <= 2 && owner == Long.MIN_VALUE; back++) {
            long[] pairs = pairsOrNull(localDay - back);
            if (pairs == null) {
                return null;
            }
            for (int k = 0; k < pairs.length; k += 2) {
                if (pairs[k] <= start && start < pairs[k + 1]) {
                    owner = localDay - back;
                    break;
                }
            }
        }
        if (owner == Long.MIN_VALUE) {
            return null;
        }
        long target = shiftDay((int) owner, days, instant);
        long wantedLocal = target * DayHours.DAY + (local - owner * DayHours.DAY);
        long offset = quietOffset(wantedLocal);
        if (offset == NOT_QUIET) {
            return null;
        }
        long wanted = wantedLocal - offset;
        long[] pairs = pairsOrNull(target);
        if (pairs == null) {
            return null;
        }
        long placed;
        int placedNano = 0;
        if (wanted < pairs[0]) {
            placed = pairs[0];
        } else {
            placed = pairs[pairs.length - 1];
            for (int k = 0; k < pairs.length; k += 2) {
                long end = pairs[k + 1];
                if (wanted < end || wanted == end && nano == 0) {
                    if (wanted >= pairs[k]) {
                        placed = wanted;
                        placedNano = nano;
                    } else {
                        placed = pairs[k - 1]; // in the break before period k: back to the close before it
                    }
                    break;
                }
            }
        }
        // a later date's periods can end before an earlier date's night shift does: never go back
        if (placed < start || placed == start && placedNano < nano) {
            return start == second ? instant : Instant.ofEpochSecond(start);
        }
        return placed == second && placedNano == instant.getNano() ? instant : Instant.ofEpochSecond(placed, placedNano);
    }

    /** The plain reading of {@link BusinessCalendar#plusBusinessDays(Instant, int)}, in {@code java.time}; the reference of the fast path. */
    Instant plusPlain(Instant instant, int days) {
        if (days >= 0) {
            Instant start = calendar.nextOpen(instant);
            if (days == 0) {
                return start;
            }
            LocalDate owner = ownerOf(start.getEpochSecond());
            Instant placed = placeOn(shift(owner, days, instant), owner, start, true);
            // a later date's periods can end before an earlier date's night shift does: never go back
            return placed.isBefore(start) ? start : placed;
        }
        Instant start;
        LocalDate owner;
        if (calendar.isOpen(instant)) {
            start = instant;
            owner = ownerOf(instant.getEpochSecond());
        } else {
            start = previousClose(instant);
            owner = ownerOf(start.getEpochSecond() - 1);
        }
        Instant placed = placeOn(shift(owner, days, instant), owner, start, false);
        return placed.isAfter(start) ? start : placed;
    }

    /**
     * The epoch-second pairs of the periods that belong to a date, intersected with the other
     * parts; cached per year. Callers must not modify the array.
     */
    long[] pairs(LocalDate date) {
        BusinessCalendar.checkYear(date.getYear(), date);
        return datePeriods.get(date.getYear())[date.getDayOfYear() - 1];
    }

    /** {@link #pairs(LocalDate)} of an epoch day, or null when its year is outside the supported years. */
    private long[] pairsOrNull(long epochDay) {
        int year = EpochDays.yearOf(epochDay);
        if (year < BusinessCalendar.MIN_YEAR || year > BusinessCalendar.MAX_YEAR) {
            return null;
        }
        return datePeriods.get(year)[(int) (epochDay - EpochDays.firstDayOfYear(year))];
    }

    /** The zone's offset at an epoch second, as {@code ZoneRules.getOffset(Instant)} gives it. */
    private long offsetAt(long second) {
        if (fixedOffset != NOT_QUIET) {
            return fixedOffset;
        }
        Offsets o = offsets.get(BusinessCalendar.year(second));
        return o.offsets[upperBound(o.transitions, second)];
    }

    /**
     * The zone's offset around a local date-time given as seconds from 1970-01-01T00:00 when no
     * offset transition lies within two days of it (so that the local time exists once, at that
     * offset), else {@link #NOT_QUIET}.
     */
    private long quietOffset(long localSecond) {
        if (fixedOffset != NOT_QUIET) {
            return fixedOffset;
        }
        int year = BusinessCalendar.year(localSecond);
        if (year < BusinessCalendar.MIN_YEAR || year > BusinessCalendar.MAX_YEAR) {
            return NOT_QUIET;
        }
        Offsets o = offsets.get(year);
        int before = upperBound(o.transitions, localSecond - QUIET);
        if (before < o.transitions.length && o.transitions[before] <= localSecond + QUIET) {
            return NOT_QUIET;
        }
        return o.offsets[before];
    }

    /**
     * The zone's offset transitions in one UTC year and {@link #QUIET} either side of it, and the
     * offset before each and after the last.
     */
    private static final class Offsets {
        final long[] transitions;
        final int[] offsets;

        Offsets(long[] transitions, int[] offsets) {
            this.transitions = transitions;
            this.offsets = offsets;
        }
    }

    private Offsets buildOffsets(int year) {
        ZoneRules rules = zone.getRules();
        long from = EpochDays.firstDayOfYear(year) * DayHours.DAY - QUIET;
        long to = EpochDays.firstDayOfYear(year + 1) * DayHours.DAY + QUIET;
        long[] transitions = new long[0];
        int[] offsets = {rules.getOffset(Instant.ofEpochSecond(from)).getTotalSeconds()};
        for (ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(from));
                t != null && t.toEpochSecond() <= to; t = rules.nextTransition(t.getInstant())) {
            transitions = Arrays.copyOf(transitions, transitions.length + 1);
            transitions[transitions.length - 1] = t.toEpochSecond();
            offsets = Arrays.copyOf(offsets, offsets.length + 1);
            offsets[offsets.length - 1] = t.getOffsetAfter().getTotalSeconds();
        }
        return new Offsets(transitions, offsets);
    }

    /** The number of sorted values at or below a key. */
    private static int upperBound(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private long[][] buildDatePeriods(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        long[][] out = new long[first.lengthOfYear()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = computeDayPairs(first.plusDays(i));
        }
        return out;
    }

    private long[] computeDayPairs(LocalDate date) {
        Schedule first = parts.get(0);
        DayHours hours = first.hoursOf(date);
        long[] pairs = new long[2 * hours.size()];
        int length = first.appendDay(date, first.isClosedDate(date), pairs, 0);
        length = Timeline.union(pairs, length);
        for (int p = 1; p < parts.size() && length > 0; p++) {
            long[] clipped = new long[0];
            int n = 0;
            for (int i = 0; i < length; i += 2) {
                for (int y = BusinessCalendar.year(pairs[i]); y <= BusinessCalendar.year(pairs[i + 1] - 1); y++) {
                    YearTable t = parts.get(p).table(y);
                    for (int k = Math.max(0, t.floor(pairs[i])); k < t.size && t.starts[k] < pairs[i + 1]; k++) {
                        long s = Math.max(pairs[i], t.starts[k]);
                        long e = Math.min(pairs[i + 1], t.ends[k]);
                        if (s < e) {
                            if (n + 2 > clipped.length) {
                                clipped = Arrays.copyOf(clipped, Math.max(8, clipped.length * 2));
                            }
                            clipped[n++] = s;
                            clipped[n++] = e;
                        }
                    }
                }
            }
            pairs = clipped;
            length = Timeline.union(pairs, n);
        }
        return Arrays.copyOf(pairs, length);
    }

    /** Sorted epoch days of the business days of a local year. */
    private int[] buildBusinessDays(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        int[] out = new int[first.lengthOfYear()];
        int n = 0;
        long[][] periods = datePeriods.get(year);
        for (int i = 0; i < periods.length; i++) {
            if (periods[i].length > 0) {
                out[n++] = (int) first.toEpochDay() + i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The business day whose periods contain the open epoch second. */
    private LocalDate ownerOf(long second) {
        LocalDate local = LocalDateTime.ofEpochSecond(second, 0, zone.getRules().getOffset(Instant.ofEpochSecond(second)))
                .toLocalDate();
        for (int back = 0; back <= 2; back++) {
            LocalDate d = local.minusDays(back);
            long[] pairs = pairs(d);
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i] <= second && second < pairs[i + 1]) {
                    return d;
                }
            }
        }
        throw new IllegalStateException("No date owns the open instant " + Instant.ofEpochSecond(second));
    }

    /** The closing instant of the last open period that ends at or before a closed instant. */
    private Instant previousClose(Instant instant) {
        long second = BusinessCalendar.second(instant);
        int year = BusinessCalendar.year(second);
        YearTable t = calendar.table(year);
        int i = t.floor(second);
        if (i >= 0) {
            return Instant.ofEpochSecond(t.ends[i]);
        }
        for (int empty = 0; ; empty++) {
            year = calendar.previousYear(year, empty, instant);
            t = calendar.table(year);
            if (t.size > 0) {
                return Instant.ofEpochSecond(t.ends[t.size - 1]);
            }
        }
    }

    /**
     * The business day {@code days} business days from {@code owner} (a business day). Refused
     * with the calendar's horizon error when two consecutive business days on the way have
     * {@value BusinessCalendar#HORIZON_YEARS} or more whole UTC years without open time between
     * their periods, or when the walk leaves the supported years.
     */
    private LocalDate shift(LocalDate owner, int days, Instant origin) {
        int year = owner.getYear();
        int[] list = businessDays.get(year);
        long index = (long) Arrays.binarySearch(list, (int) owner.toEpochDay()) + days;
        if (index >= list.length) {
            int lastOpen = 0; // UTC year of the last open second of the last business day passed
            while (index >= list.length) {
                index -= list.length;
                if (list.length > 0) {
                    lastOpen = lastOpenYear(list[list.length - 1]);
                }
                year = calendar.nextYear(year, 0, origin);
                list = businessDays.get(year);
                // the dates of local year Y open in UTC year Y - 1 at the earliest
                int emptyYears = list.length == 0 ? year - 1 - lastOpen : firstOpenYear(list[0]) - lastOpen - 1;
                if (emptyYears >= BusinessCalendar.HORIZON_YEARS) {
                    throw calendar.noOpenTime(origin, true);
                }
            }
        } else if (index < 0) {
            int firstOpen = 0; // UTC year of the first open second of the last business day passed
            while (index < 0) {
                if (list.length > 0) {
                    firstOpen = firstOpenYear(list[0]);
                }
                year = calendar.previousYear(year, 0, origin);
                list = businessDays.get(year);
                index += list.length;
                // the dates of local year Y are open in UTC year Y + 1 at the latest
                int emptyYears = list.length == 0 ? firstOpen - year - 1 : firstOpen - lastOpenYear(list[list.length - 1]) - 1;
                if (emptyYears >= BusinessCalendar.HORIZON_YEARS) {
                    throw calendar.noOpenTime(origin, false);
                }
            }
        }
        return LocalDate.ofEpochDay(list[(int) index]);
    }

    /**
     * {@link #shift} on epoch days: the same walk, the same errors. A copy rather than a shared
     * body, so that the plain code stays the fast path's reference.
     */
    private long shiftDay(int owner, int days, Instant origin) {
        int year = EpochDays.yearOf(owner);
        int[] list = businessDays.get(year);
        long index = (long) Arrays.binarySearch(list, owner) + days;
        if (index >= list.length) {
            int lastOpen = 0;
            while (index >= list.length) {
                index -= list.length;
                if (list.length > 0) {
                    lastOpen = lastOpenYear(list[list.length - 1]);
                }
                year = calendar.nextYear(year, 0, origin);
                list = businessDays.get(year);
                int emptyYears = list.length == 0 ? year - 1 - lastOpen : firstOpenYear(list[0]) - lastOpen - 1;
                if (emptyYears >= BusinessCalendar.HORIZON_YEARS) {
                    throw calendar.noOpenTime(origin, true);
                }
            }
        }
        return list[(int) index];
    }

    /** The UTC year of the first open second of a business day. */
    private int firstOpenYear(int epochDay) {
        return BusinessCalendar.year(pairs(LocalDate.ofEpochDay(epochDay))[0]);
    }

    /** The UTC year of the last open second of a business day. */
    private int lastOpenYear(int epochDay) {
        long[] pairs = pairs(LocalDate.ofEpochDay(epochDay));
        return BusinessCalendar.year(pairs[pairs.length - 1] - 1);
    }

    /** The same wall-clock offset from the start of {@code owner} as {@code start}, on {@code target}. */
    private Instant placeOn(LocalDate target, LocalDate owner, Instant start, boolean forward) {
        LocalDateTime local = LocalDateTime.ofInstant(start, zone);
        long offsetNanos = ChronoUnit.NANOS.between(owner.atStartOfDay(), local);
        Instant wanted = ZonedDateTime.ofLocal(target.atStartOfDay().plusNanos(offsetNanos), zone, null).toInstant();
        long[] pairs = pairs(target);
        Instant firstOpen = Instant.ofEpochSecond(pairs[0]);
        if (wanted.isBefore(firstOpen)) {
            return firstOpen;
        }
        for (int i = 0; i < pairs.length; i += 2) {
            Instant end = Instant.ofEpochSecond(pairs[i + 1]);
            if (!wanted.isAfter(end)) {
                Instant open = Instant.ofEpochSecond(pairs[i]);
                if (!wanted.isBefore(open)) {
                    return wanted;
                }
                // in the break before period i
                return forward ? Instant.ofEpochSecond(pairs[i - 1]) : open;
            }
        }
        return Instant.ofEpochSecond(pairs[pairs.length - 1]);
    }

    private static int lowerBound(int[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

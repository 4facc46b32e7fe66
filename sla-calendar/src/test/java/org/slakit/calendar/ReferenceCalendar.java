package org.slakit.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The slow, obviously-correct model that the library is checked against. It reads the same
 * {@link CalendarSpec} as the library and knows nothing of its internals.
 *
 * <p>Over a window of whole minutes {@code [from, to)} it marks every minute that lies inside a
 * period of some local date: each date's wall-clock periods are turned into instants with
 * {@link ZonedDateTime#of(java.time.LocalDateTime, ZoneId)} (java.time's gap and overlap rule), a
 * date the zone skips entirely has none, a closed date has none (closed beats special hours),
 * a special date uses its special periods, any other date its weekday's periods; a period that
 * runs past midnight belongs to the date it starts on. An intersection is open in a minute when
 * every part is. Everything else steps minute by minute over that array, exactly as the
 * definitions read. All calendars and instants used with it are whole minutes, so minute steps
 * are exact.
 */
final class ReferenceCalendar {

    /** Thrown when an answer lies outside the window the reference covers. */
    static final class OutsideWindow extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        OutsideWindow(String message) {
            super(message);
        }
    }

    final CalendarSpec spec;
    final Instant from;
    final Instant to;
    private final boolean[] open;

    ReferenceCalendar(CalendarSpec spec, Instant from, Instant to) {
        this.spec = spec;
        if (!from.equals(from.truncatedTo(ChronoUnit.MINUTES)) || !to.equals(to.truncatedTo(ChronoUnit.MINUTES))) {
            throw new IllegalArgumentException("window must be whole minutes");
        }
        this.from = from;
        this.to = to;
        this.open = new boolean[(int) Duration.between(from, to).toMinutes()];
        java.util.Arrays.fill(open, true);
        for (CalendarSpec part = spec; part != null; part = part.intersect) {
            boolean[] mine = new boolean[open.length];
            LocalDate first = from.atZone(part.zone).toLocalDate().minusDays(2);
            LocalDate last = to.atZone(part.zone).toLocalDate().plusDays(1);
            for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
                for (Instant[] p : periodsOf(part, date)) {
                    // the minutes m with p[0] <= m < p[1], clipped to the window
                    long startIndex = Duration.between(from, p[0]).toMinutes();
                    long endIndex = Duration.between(from, p[1]).toMinutes();
                    for (long i = Math.max(0, startIndex); i < Math.min(endIndex, mine.length); i++) {
                        mine[(int) i] = true;
                    }
                }
            }
            for (int i = 0; i < open.length; i++) {
                open[i] &= mine[i];
            }
        }
    }

    /** The instants of the periods that belong to one local date of one (non-intersected) spec. */
    static List<Instant[]> periodsOf(CalendarSpec spec, LocalDate date) {
        List<Instant[]> out = new ArrayList<>();
        ZoneId zone = spec.zone;
        if (!date.atStartOfDay(zone).toLocalDate().equals(date)) {
            return out; // the zone skips this date entirely
        }
        // Periods of a date that touch in wall-clock time are one period ("periods that touch are
        // merged"), joined BEFORE the zone conversion: 02:25-03:00 and 03:00-03:27 on a spring-forward
        // day are the period 02:25-03:27, whose start moves to 03:25 in the gap.
        List<CalendarSpec.Period> joined = new ArrayList<>();
        List<CalendarSpec.Period> sorted = new ArrayList<>(spec.periodsOf(date));
        sorted.sort(java.util.Comparator.comparingInt(CalendarSpec.Period::start));
        for (CalendarSpec.Period p : sorted) {
            CalendarSpec.Period last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.end() == p.start()) {
                joined.set(joined.size() - 1, new CalendarSpec.Period(last.start(), p.end()));
            } else {
                joined.add(p);
            }
        }
        for (CalendarSpec.Period p : joined) {
            Instant s = ZonedDateTime.of(date.atStartOfDay().plusMinutes(p.start()), zone).toInstant();
            Instant e = ZonedDateTime.of(date.atStartOfDay().plusMinutes(p.end()), zone).toInstant();
            if (s.isBefore(e)) {
                out.add(new Instant[] {s, e});
            }
        }
        return out;
    }

    private int index(Instant t) {
        if (!t.equals(t.truncatedTo(ChronoUnit.MINUTES))) {
            throw new IllegalArgumentException("reference works on whole minutes: " + t);
        }
        long i = Duration.between(from, t).toMinutes();
        if (i < 0 || i > open.length) {
            throw new OutsideWindow("reference window " + from + ".." + to + " exceeded at " + t);
        }
        return (int) i;
    }

    private Instant at(int index) {
        return from.plus(Duration.ofMinutes(index));
    }

    private boolean openAt(int i) {
        if (i < 0 || i >= open.length) {
            throw new OutsideWindow("reference window " + from + ".." + to + " exceeded at " + at(i));
        }
        return open[i];
    }

    boolean isOpen(Instant t) {
        return openAt(index(t));
    }

    /** Open minutes in {@code [a, b)}, signed. */
    long betweenMinutes(Instant a, Instant b) {
        int i = index(a);
        int j = index(b);
        if (j < i) {
            return -betweenMinutes(b, a);
        }
        long n = 0;
        for (int k = i; k < j; k++) {
            if (openAt(k)) {
                n++;
            }
        }
        return n;
    }

    Duration between(Instant a, Instant b) {
        return Duration.ofMinutes(betweenMinutes(a, b));
    }

    /** The earliest {@code u >= t} with {@code between(t, u) == d}; {@code minus} for negative d. */
    Instant plus(Instant t, Duration d) {
        if (d.isNegative()) {
            return minus(t, d.negated());
        }
        long want = minutes(d);
        int u = index(t);
        long counted = 0;
        while (counted < want) {
            if (openAt(u)) {
                counted++;
            }
            u++;
        }
        return at(u);
    }

    /** The latest {@code u <= t} with {@code between(u, t) == d}. */
    Instant minus(Instant t, Duration d) {
        if (d.isNegative()) {
            return plus(t, d.negated());
        }
        long want = minutes(d);
        int u = index(t);
        long counted = 0;
        while (counted < want) {
            u--;
            if (openAt(u)) {
                counted++;
            }
        }
        return at(u);
    }

    /** The earliest open instant {@code >= t}, if there is one before the window ends. */
    Optional<Instant> nextOpen(Instant t) {
        for (int u = index(t); u < open.length; u++) {
            if (open[u]) {
                return Optional.of(at(u));
            }
        }
        return Optional.empty();
    }

    /** The first closed instant at or after {@code nextOpen(t)}, if both lie in the window. */
    Optional<Instant> nextClose(Instant t) {
        Optional<Instant> o = nextOpen(t);
        if (o.isEmpty()) {
            return Optional.empty();
        }
        for (int u = index(o.get()); u < open.length; u++) {
            if (!open[u]) {
                return Optional.of(at(u));
            }
        }
        return Optional.empty();
    }

    /** Maximal runs of open minutes in {@code [a, b)}, as {start, end} pairs. */
    List<Instant[]> openPeriods(Instant a, Instant b) {
        List<Instant[]> out = new ArrayList<>();
        int i = index(a);
        int j = index(b);
        int k = i;
        while (k < j) {
            if (!open[k]) {
                k++;
                continue;
            }
            int s = k;
            while (k < j && open[k]) {
                k++;
            }
            out.add(new Instant[] {at(s), at(k)});
        }
        return out;
    }

    private static long minutes(Duration d) {
        if (d.getNano() != 0 || d.getSeconds() % 60 != 0) {
            throw new IllegalArgumentException("reference works on whole minutes: " + d);
        }
        return d.toMinutes();
    }

    // ------------------------------------------------------------------ business days

    /**
     * The open periods that belong to a local date (in the first calendar's zone): the runs of
     * open minutes inside that date's own periods. For an intersection, the date's periods of the
     * first calendar clipped to the open time of all of them.
     */
    List<Instant[]> openPeriodsOn(LocalDate date) {
        if (date.atStartOfDay(spec.zone).toInstant().isBefore(from)
                || date.plusDays(2).atStartOfDay(spec.zone).toInstant().isAfter(to)) {
            throw new OutsideWindow("date " + date + " is not wholly inside the reference window");
        }
        List<Instant[]> own = periodsOf(spec, date);
        // runs of open minutes inside each of the date's own periods
        List<int[]> runs = new ArrayList<>();
        for (Instant[] p : own) {
            int k = index(p[0]);
            int end = index(p[1]);
            while (k < end) {
                if (!open[k]) {
                    k++;
                    continue;
                }
                int s = k;
                while (k < end && open[k]) {
                    k++;
                }
                runs.add(new int[] {s, k});
            }
        }
        // sorted, and runs that touch or overlap (the date's periods may, after a DST change) joined
        runs.sort((x, y) -> Integer.compare(x[0], y[0]));
        List<Instant[]> out = new ArrayList<>();
        int[] current = null;
        for (int[] r : runs) {
            if (current != null && r[0] <= current[1]) {
                current[1] = Math.max(current[1], r[1]);
            } else {
                if (current != null) {
                    out.add(new Instant[] {at(current[0]), at(current[1])});
                }
                current = r.clone();
            }
        }
        if (current != null) {
            out.add(new Instant[] {at(current[0]), at(current[1])});
        }
        return out;
    }

    boolean isBusinessDay(LocalDate date) {
        return !openPeriodsOn(date).isEmpty();
    }

    /** The latest date whose own open periods contain the open instant {@code t}. */
    LocalDate ownerOf(Instant t) {
        LocalDate local = t.atZone(spec.zone).toLocalDate();
        for (int back = 0; back <= 2; back++) {
            LocalDate d = local.minusDays(back);
            for (Instant[] p : openPeriodsOn(d)) {
                if (!t.isBefore(p[0]) && t.isBefore(p[1])) {
                    return d;
                }
            }
        }
        throw new IllegalStateException("no date owns " + t);
    }

    /** The n-th business day after (n > 0) or before (n < 0) {@code date}, stepping one date at a time. */
    LocalDate shiftBusinessDays(LocalDate date, int n) {
        LocalDate d = date;
        int left = Math.abs(n);
        while (left > 0) {
            d = n > 0 ? d.plusDays(1) : d.minusDays(1);
            if (isBusinessDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** plusBusinessDays as its Javadoc reads, stepping through dates and minutes. */
    Instant plusBusinessDays(Instant t, int days) {
        Instant start;
        LocalDate owner;
        if (days >= 0) {
            start = nextOpen(t).orElseThrow(() -> new OutsideWindow("no opening in the window after " + t));
            if (days == 0) {
                return start;
            }
            owner = ownerOf(start);
        } else if (isOpen(t)) {
            start = t;
            owner = ownerOf(start);
        } else {
            int u = index(t);
            while (!openAt(u - 1)) {
                u--;
            }
            start = at(u); // the closing instant of the last period before t
            owner = ownerOf(start.minusSeconds(60));
        }
        LocalDate target = shiftBusinessDays(owner, days);
        java.time.LocalDateTime local = java.time.LocalDateTime.ofInstant(start, spec.zone);
        Duration offset = Duration.between(owner.atStartOfDay(), local);
        Instant wanted = ZonedDateTime.of(target.atStartOfDay().plus(offset), spec.zone).toInstant();
        List<Instant[]> periods = openPeriodsOn(target);
        if (wanted.isBefore(periods.get(0)[0])) {
            return periods.get(0)[0];
        }
        for (int i = 0; i < periods.size(); i++) {
            if (!wanted.isAfter(periods.get(i)[1])) {
                if (!wanted.isBefore(periods.get(i)[0])) {
                    return wanted;
                }
                // in the break before period i: forwards back to the close before it, backwards on to the opening after it
                return days > 0 ? periods.get(i - 1)[1] : periods.get(i)[0];
            }
        }
        return periods.get(periods.size() - 1)[1];
    }
}

package org.slakit.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A plain description of a calendar, as a person would write it down: a zone, weekly periods,
 * closed dates, yearly rules and special hours. Times are whole minutes. It knows nothing of the
 * library's internals: it writes the calendar text itself and feeds the public builder, and the
 * {@link ReferenceCalendar} reads the same description.
 */
final class CalendarSpec {

    /**
     * A period in minutes from the start of the date it belongs to: {@code 0 <= start < 1440},
     * {@code start < end <= start + 1440}; an end past 1440 runs into the next date.
     */
    record Period(int start, int end) {
        Period {
            if (start < 0 || start >= 1440 || end <= start || end > start + 1440) {
                throw new IllegalArgumentException("bad period " + start + "-" + end);
            }
            if (end == start + 1440 && start != 0) {
                throw new IllegalArgumentException("a 24-hour period must start at 00:00: " + start + "-" + end);
            }
        }

        static Period of(String hhmm) {
            String[] p = hhmm.split("-");
            int s = minutes(p[0]);
            int e = minutes(p[1]);
            return new Period(s, e <= s ? e + 1440 : e);
        }

        private static int minutes(String hhmm) {
            String[] hm = hhmm.split(":");
            return Integer.parseInt(hm[0]) * 60 + Integer.parseInt(hm[1]);
        }

        boolean overnight() {
            return end > 1440;
        }

        /** Text form; an end of exactly 1440 is written {@code 24:00} (or {@code 00:00} when asked). */
        String text(boolean midnightAsZero) {
            int e = end > 1440 ? end - 1440 : end;
            String endText = e == 1440 ? (midnightAsZero ? "00:00" : "24:00") : hhmm(e);
            return hhmm(start) + "-" + endText;
        }

        LocalTime startTime() {
            return LocalTime.of(start / 60, start % 60);
        }

        /** The end as a time of day: {@code MIDNIGHT} for 24:00, as the builder wants it. */
        LocalTime endTime() {
            int e = end % 1440;
            return LocalTime.of(e / 60, e % 60);
        }

        @Override
        public String toString() {
            return text(false);
        }
    }

    enum RuleKind { FIXED, NTH, LAST, EASTER, WINDOW }

    /**
     * A yearly rule, computed here independently of {@link HolidayRule}. A WINDOW rule is the first
     * {@code dayOfWeek} in the {@code windowDays + 1} dates from {@code month}/{@code dayOfMonth}.
     * At most one of {@code observed}, {@code movedDay} (moved by {@code moveBy}) and
     * {@code substitute} is set.
     */
    record Rule(RuleKind kind, Month month, int dayOfMonth, int ordinal, DayOfWeek dayOfWeek,
                int easterOffset, boolean observed, Integer from, Integer to,
                int windowDays, DayOfWeek movedDay, int moveBy, boolean substitute) {

        Rule(RuleKind kind, Month month, int dayOfMonth, int ordinal, DayOfWeek dayOfWeek,
             int easterOffset, boolean observed, Integer from, Integer to) {
            this(kind, month, dayOfMonth, ordinal, dayOfWeek, easterOffset, observed, from, to, 0, null, 0, false);
        }

        Rule withMove(DayOfWeek day, int by) {
            return new Rule(kind, month, dayOfMonth, ordinal, dayOfWeek, easterOffset, false, from, to, windowDays, day, by,
                    false);
        }

        Rule withSubstitute() {
            return new Rule(kind, month, dayOfMonth, ordinal, dayOfWeek, easterOffset, false, from, to, windowDays, null, 0,
                    true);
        }

        /** The date before any move, or empty. */
        Optional<LocalDate> unmoved(int year) {
            if ((from != null && year < from) || (to != null && year > to)) {
                return Optional.empty();
            }
            LocalDate date;
            switch (kind) {
                case FIXED:
                    if (dayOfMonth > Month.of(month.getValue()).length(java.time.Year.isLeap(year))) {
                        return Optional.empty();
                    }
                    date = LocalDate.of(year, month, dayOfMonth);
                    break;
                case NTH: {
                    // walk the month and count the weekday
                    date = null;
                    int seen = 0;
                    for (LocalDate d = LocalDate.of(year, month, 1); d.getMonth() == month; d = d.plusDays(1)) {
                        if (d.getDayOfWeek() == dayOfWeek && ++seen == ordinal) {
                            date = d;
                            break;
                        }
                    }
                    if (date == null) {
                        return Optional.empty();
                    }
                    break;
                }
                case LAST: {
                    date = null;
                    for (LocalDate d = LocalDate.of(year, month, 1); d.getMonth() == month; d = d.plusDays(1)) {
                        if (d.getDayOfWeek() == dayOfWeek) {
                            date = d;
                        }
                    }
                    break;
                }
                case WINDOW: {
                    // the window's dates are fixed month-days: first, and first + windowDays in a common year
                    date = null;
                    LocalDate last = java.time.MonthDay.from(LocalDate.of(2001, month, dayOfMonth).plusDays(windowDays))
                            .atYear(year);
                    for (LocalDate d = LocalDate.of(year, month, dayOfMonth); !d.isAfter(last); d = d.plusDays(1)) {
                        if (d.getDayOfWeek() == dayOfWeek) {
                            date = d;
                            break;
                        }
                    }
                    if (date == null) {
                        return Optional.empty();
                    }
                    break;
                }
                default:
                    date = EasterTable.sunday(year).plusDays(easterOffset);
                    break;
            }
            return Optional.of(date);
        }

        /** The date the rule closes for {@code year}, after the observed shift or move (a substitute on its own: Monday). */
        Optional<LocalDate> dateFor(int year) {
            Optional<LocalDate> unmoved = unmoved(year);
            if (unmoved.isEmpty()) {
                return unmoved;
            }
            LocalDate date = unmoved.get();
            if (observed && date.getDayOfWeek() == DayOfWeek.SATURDAY) {
                date = date.minusDays(1);
            } else if (observed && date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                date = date.plusDays(1);
            } else if (movedDay != null && date.getDayOfWeek() == movedDay) {
                date = date.plusDays(moveBy);
            } else if (substitute) {
                while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    date = date.plusDays(1);
                }
            }
            return Optional.of(date);
        }

        boolean closes(LocalDate date) {
            for (int y = date.getYear() - 1; y <= date.getYear() + 1; y++) {
                if (dateFor(y).filter(date::equals).isPresent()) {
                    return true;
                }
            }
            return false;
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            switch (kind) {
                case FIXED:
                    sb.append(String.format(Locale.ROOT, "%02d-%02d", month.getValue(), dayOfMonth));
                    break;
                case NTH:
                    sb.append(new String[] {"1st", "2nd", "3rd", "4th", "5th"}[ordinal - 1]).append(' ')
                            .append(dayName(dayOfWeek)).append(" of ").append(monthName(month));
                    break;
                case LAST:
                    sb.append("last ").append(dayName(dayOfWeek)).append(" of ").append(monthName(month));
                    break;
                case WINDOW: {
                    LocalDate first = LocalDate.of(2001, month, dayOfMonth);
                    LocalDate last = first.plusDays(windowDays);
                    sb.append(dayName(dayOfWeek)).append(" between ")
                            .append(String.format(Locale.ROOT, "%02d-%02d", first.getMonthValue(), first.getDayOfMonth()))
                            .append(" and ")
                            .append(String.format(Locale.ROOT, "%02d-%02d", last.getMonthValue(), last.getDayOfMonth()));
                    break;
                }
                default:
                    sb.append("Easter");
                    if (easterOffset > 0) {
                        sb.append('+').append(easterOffset);
                    } else if (easterOffset < 0) {
                        sb.append(easterOffset);
                    }
            }
            if (observed) {
                sb.append(" observed");
            }
            if (substitute) {
                sb.append(" substitute");
            }
            if (movedDay != null) {
                sb.append(" if ").append(dayName(movedDay)).append(' ').append(moveBy > 0 ? "+" : "").append(moveBy);
            }
            if (from != null) {
                sb.append(" from ").append(from);
            }
            if (to != null) {
                sb.append(" to ").append(to);
            }
            return sb.toString();
        }

        HolidayRule toHolidayRule() {
            HolidayRule r;
            switch (kind) {
                case FIXED: r = HolidayRule.fixed(month, dayOfMonth); break;
                case NTH: r = HolidayRule.nthWeekday(ordinal, dayOfWeek, month); break;
                case LAST: r = HolidayRule.lastWeekday(dayOfWeek, month); break;
                case WINDOW: {
                    LocalDate first = LocalDate.of(2001, month, dayOfMonth);
                    r = HolidayRule.weekdayBetween(dayOfWeek, java.time.MonthDay.from(first),
                            java.time.MonthDay.from(first.plusDays(windowDays)));
                    break;
                }
                default: r = HolidayRule.easter(easterOffset); break;
            }
            if (observed) {
                r = r.observed();
            }
            if (substitute) {
                r = r.substitute();
            }
            if (movedDay != null) {
                r = r.movedIf(movedDay, moveBy);
            }
            if (from != null) {
                r = r.from(from);
            }
            if (to != null) {
                r = r.to(to);
            }
            return r;
        }
    }

    final ZoneId zone;
    final Map<DayOfWeek, List<Period>> weekly;
    final TreeSet<LocalDate> closed;
    final List<Rule> rules;
    final TreeMap<LocalDate, List<Period>> special;
    /** Another calendar this one is intersected with, or null. */
    final CalendarSpec intersect;

    CalendarSpec(ZoneId zone, Map<DayOfWeek, List<Period>> weekly, TreeSet<LocalDate> closed, List<Rule> rules,
                 TreeMap<LocalDate, List<Period>> special, CalendarSpec intersect) {
        this.zone = Objects.requireNonNull(zone);
        this.weekly = new EnumMap<>(DayOfWeek.class);
        weekly.forEach((d, ps) -> this.weekly.put(d, List.copyOf(ps)));
        this.closed = new TreeSet<>(closed);
        this.rules = List.copyOf(rules);
        this.special = new TreeMap<>();
        special.forEach((d, ps) -> this.special.put(d, List.copyOf(ps)));
        this.intersect = intersect;
    }

    CalendarSpec intersectedWith(CalendarSpec other) {
        CalendarSpec tail = intersect == null ? other : intersect.intersectedWith(other);
        return new CalendarSpec(zone, weekly, closed, rules, special, tail);
    }

    List<Period> weekly(DayOfWeek day) {
        return weekly.getOrDefault(day, List.of());
    }

    boolean isClosed(LocalDate date) {
        if (closed.contains(date) || rules.stream().filter(r -> !r.substitute()).anyMatch(r -> r.closes(date))) {
            return true;
        }
        return rules.stream().anyMatch(Rule::substitute) && substituteDates(date.getYear()).contains(date);
    }

    /**
     * Where the substitute rules' dates land around a year: weekday dates stay; weekend dates, in
     * date order, walk forward day by day to the first weekday that no other rule closes and no
     * earlier substitute took.
     */
    private java.util.Set<LocalDate> substituteDates(int year) {
        java.util.Set<LocalDate> taken = new java.util.HashSet<>();
        TreeSet<LocalDate> weekend = new TreeSet<>();
        for (int y = year - 2; y <= year + 2; y++) {
            for (Rule r : rules) {
                if (!r.substitute()) {
                    r.dateFor(y).ifPresent(taken::add);
                } else {
                    r.unmoved(y).ifPresent(d -> {
                        if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                            weekend.add(d);
                        } else {
                            taken.add(d);
                        }
                    });
                }
            }
        }
        java.util.Set<LocalDate> out = new java.util.HashSet<>();
        for (int y = year - 2; y <= year + 2; y++) {
            for (Rule r : rules) {
                if (r.substitute()) {
                    r.unmoved(y).filter(d -> !weekend.contains(d)).ifPresent(out::add);
                }
            }
        }
        for (LocalDate d : weekend) {
            LocalDate s = d;
            while (s.getDayOfWeek() == DayOfWeek.SATURDAY || s.getDayOfWeek() == DayOfWeek.SUNDAY || taken.contains(s)) {
                s = s.plusDays(1);
            }
            taken.add(s);
            out.add(s);
        }
        return out;
    }

    /** The wall-clock periods that belong to a date: none when closed, else special, else weekly. */
    List<Period> periodsOf(LocalDate date) {
        if (isClosed(date)) {
            return List.of();
        }
        List<Period> s = special.get(date);
        return s != null ? s : weekly(date.getDayOfWeek());
    }

    /** Writes the calendar text from the description; {@code variant} picks among equivalent spellings. */
    String text(int variant) {
        StringBuilder sb = new StringBuilder();
        boolean zero = (variant & 1) != 0;
        if ((variant & 2) != 0) {
            sb.append("# written by CalendarSpec\n\n");
        }
        sb.append((variant & 4) != 0 ? "ZONE " : "zone ").append(zone.getId()).append('\n');
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Period> ps = weekly(day);
            if (ps.isEmpty()) {
                continue;
            }
            if ((variant & 8) != 0) {
                // one line per period
                for (Period p : ps) {
                    sb.append(dayName(day).toLowerCase(Locale.ROOT)).append(' ').append(p.text(zero)).append('\n');
                }
            } else {
                sb.append(dayName(day));
                for (Period p : ps) {
                    sb.append(' ').append(p.text(zero));
                }
                sb.append('\n');
            }
        }
        for (LocalDate d : closed) {
            sb.append("closed ").append(d).append((variant & 2) != 0 ? "   # holiday\n" : "\n");
        }
        for (Rule r : rules) {
            sb.append((variant & 4) != 0 ? "CLOSED YEARLY " : "closed yearly ").append(r.text()).append('\n');
        }
        for (Map.Entry<LocalDate, List<Period>> e : special.entrySet()) {
            sb.append(e.getKey());
            for (Period p : e.getValue()) {
                sb.append(' ').append(p.text(zero));
            }
            sb.append('\n');
        }
        if (intersect != null) {
            sb.append("intersect\n").append(intersect.text(variant));
        }
        return sb.toString();
    }

    /** Builds the library calendar through the public builder (and {@code intersection}). */
    BusinessCalendar build() {
        BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
        weekly.forEach((day, ps) -> ps.forEach(p -> b.open(day, p.startTime(), p.endTime())));
        closed.forEach(b::closed);
        rules.forEach(r -> b.closed(r.toHolidayRule()));
        special.forEach((date, ps) -> ps.forEach(p -> b.special(date, p.startTime(), p.endTime())));
        BusinessCalendar c = b.build();
        return intersect == null ? c : c.intersection(intersect.build());
    }

    static String hhmm(int minutes) {
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    static String dayName(DayOfWeek d) {
        return new String[] {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}[d.ordinal()];
    }

    static String monthName(Month m) {
        return new String[] {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}[m.ordinal()];
    }

    @Override
    public String toString() {
        return text(0);
    }

    /** A small builder for hand-written specs in example tests. */
    static Draft in(String zone) {
        return new Draft(ZoneId.of(zone));
    }

    static final class Draft {
        private final ZoneId zone;
        private final Map<DayOfWeek, List<Period>> weekly = new EnumMap<>(DayOfWeek.class);
        private final TreeSet<LocalDate> closed = new TreeSet<>();
        private final List<Rule> rules = new ArrayList<>();
        private final TreeMap<LocalDate, List<Period>> special = new TreeMap<>();

        Draft(ZoneId zone) {
            this.zone = zone;
        }

        Draft weekly(String periods, DayOfWeek... days) {
            for (DayOfWeek d : days) {
                for (String p : periods.split(" ")) {
                    weekly.computeIfAbsent(d, k -> new ArrayList<>()).add(Period.of(p));
                }
            }
            return this;
        }

        Draft closed(String date) {
            closed.add(LocalDate.parse(date));
            return this;
        }

        Draft special(String date, String periods) {
            for (String p : periods.split(" ")) {
                special.computeIfAbsent(LocalDate.parse(date), k -> new ArrayList<>()).add(Period.of(p));
            }
            return this;
        }

        CalendarSpec done() {
            return new CalendarSpec(zone, weekly, closed, rules, special, null);
        }
    }
}

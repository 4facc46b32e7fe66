package org.slakit.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One set of opening rules in one zone: weekly hours, closed dates, yearly holidays (rules and
 * holiday sources), special hours for dates and for the dates of yearly rules. A
 * {@link BusinessCalendar} is one schedule, or the intersection of several.
 */
final class Schedule {

    final ZoneId zone;
    /** Indexed by {@code DayOfWeek.ordinal()}. */
    private final DayHours[] weekly;
    private final NavigableSet<LocalDate> closedDates;
    private final List<HolidayRule> rules;
    /** The {@code holidays <source> <argument>} statements, in canonical order. */
    private final List<HolidaySet> sets;
    private final NavigableMap<LocalDate, DayHours> special;
    /** Special hours on the date a yearly rule picks; the first rule in canonical order wins a date. */
    private final NavigableMap<HolidayRule, DayHours> yearlySpecial;
    /** Per year: the dates yearly special hours apply to, and their hours. */
    private final YearCache<Map<LocalDate, DayHours>> yearlyHours = new YearCache<>(this::buildYearlyHours);
    private final YearCache<YearTable> tables = new YearCache<>(this::buildTable);
    /** Sorted epoch days, within each year, that a yearly rule or a holiday source closes. */
    private final YearCache<long[]> holidays = new YearCache<>(this::buildHolidays);

    Schedule(ZoneId zone, DayHours[] weekly, NavigableSet<LocalDate> closedDates, Collection<HolidayRule> rules,
             Collection<HolidaySet> sets, NavigableMap<LocalDate, DayHours> special,
             Map<HolidayRule, DayHours> yearlySpecial) {
        this.zone = zone;
        this.weekly = weekly.clone();
        this.closedDates = Collections.unmodifiableNavigableSet(new TreeSet<>(closedDates));
        List<HolidayRule> sorted = new java.util.ArrayList<>(new HashSet<>(rules));
        sorted.sort(YearlyRule.CANONICAL);
        this.rules = List.copyOf(sorted);
        List<HolidaySet> sortedSets = new java.util.ArrayList<>(new HashSet<>(sets));
        sortedSets.sort(HolidaySet.CANONICAL);
        this.sets = List.copyOf(sortedSets);
        this.special = Collections.unmodifiableNavigableMap(new TreeMap<>(special));
        NavigableMap<HolidayRule, DayHours> yearly = new TreeMap<>(YearlyRule.CANONICAL);
        yearly.putAll(yearlySpecial);
        this.yearlySpecial = Collections.unmodifiableNavigableMap(yearly);
    }

    YearTable table(int year) {
        return tables.get(year);
    }

    YearCache<YearTable> tables() {
        return tables;
    }

    boolean isClosedDate(LocalDate date) {
        return closedDates.contains(date)
                || (!rules.isEmpty() || !sets.isEmpty())
                && Arrays.binarySearch(holidays.get(date.getYear()), date.toEpochDay()) >= 0;
    }

    /**
     * The dates in {@code year} that a rule or a holiday source closes; rules of the neighbouring
     * years can fall in it when observed.
     */
    private long[] buildHolidays(int year) {
        List<LocalDate> dates = new java.util.ArrayList<>(ruleDates(year - 1, year + 1));
        for (HolidaySet set : sets) {
            set.addDates(year, dates);
        }
        return dates.stream()
                .filter(d -> d.getYear() == year)
                .mapToLong(LocalDate::toEpochDay)
                .sorted()
                .distinct()
                .toArray();
    }

    /** The name a holiday source of this schedule gives the date, or null. */
    String holidayName(LocalDate date) {
        for (HolidaySet set : sets) {
            String name = set.nameOf(date);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** The wall-clock hours of a date, before holidays: special hours, else the weekly hours. */
    DayHours hoursOf(LocalDate date) {
        DayHours hours = special.get(date);
        if (hours == null && !yearlySpecial.isEmpty()) {
            hours = yearlyHours.get(date.getYear()).get(date);
        }
        return hours != null ? hours : weekly[date.getDayOfWeek().ordinal()];
    }

    /** Whether the schedule has special hours by yearly rule. */
    boolean hasYearlySpecial() {
        return !yearlySpecial.isEmpty();
    }

    private Map<LocalDate, DayHours> buildYearlyHours(int year) {
        Map<LocalDate, DayHours> out = new java.util.HashMap<>();
        for (Map.Entry<HolidayRule, DayHours> e : yearlySpecial.entrySet()) {
            for (int y = year - 1; y <= year + 1; y++) {
                e.getKey().dateFor(y).filter(d -> d.getYear() == year).ifPresent(d -> out.putIfAbsent(d, e.getValue()));
            }
        }
        return out;
    }

    /**
     * Appends the open periods that belong to {@code date}, as epoch-second pairs, to {@code out}
     * and returns the new length. Period boundaries follow {@link ZonedDateTime#ofLocal}: in a gap
     * they move forward by the length of the gap, in an overlap they take the earlier offset. A
     * date the zone skips entirely (Pacific/Apia 2011-12-30) has no periods.
     */
    int appendDay(LocalDate date, boolean closed, long[] out, int length) {
        DayHours hours = closed ? DayHours.CLOSED : hoursOf(date);
        if (hours.isEmpty() || !exists(date)) {
            return length;
        }
        LocalDateTime midnight = date.atStartOfDay();
        for (int i = 0; i < hours.size(); i++) {
            long start = epochSecond(midnight.plusSeconds(hours.start(i)));
            long end = epochSecond(midnight.plusSeconds(hours.end(i)));
            if (end > start) {
                out[length++] = start;
                out[length++] = end;
            }
        }
        return length;
    }

    private long epochSecond(LocalDateTime local) {
        return ZonedDateTime.ofLocal(local, zone, null).toEpochSecond();
    }

    /** Whether any wall-clock time of the date exists in the zone. */
    boolean exists(LocalDate date) {
        return date.atStartOfDay(zone).toLocalDate().equals(date);
    }

    /**
     * Holiday dates of the rules for the given years, inclusive. Rules with substitute days are
     * placed last: their weekend dates, in date order, move to the next weekday that is not yet
     * a holiday, so that substitutes chain.
     */
    private Set<LocalDate> ruleDates(int fromYear, int toYear) {
        Set<LocalDate> dates = new HashSet<>();
        java.util.TreeSet<LocalDate> weekend = new java.util.TreeSet<>();
        for (HolidayRule rule : rules) {
            YearlyRule r = (YearlyRule) rule;
            for (int y = fromYear; y <= toYear; y++) {
                if (r.isSubstitute()) {
                    LocalDate d = r.unmovedDate(y);
                    if (d != null) {
                        (YearlyRule.isWeekend(d) ? weekend : dates).add(d);
                    }
                } else {
                    rule.dateFor(y).ifPresent(dates::add);
                }
            }
        }
        for (LocalDate d : weekend) {
            LocalDate substitute = YearlyRule.nextWeekday(d);
            while (dates.contains(substitute)) {
                substitute = YearlyRule.nextWeekday(substitute.plusDays(1));
            }
            dates.add(substitute);
        }
        return dates;
    }

    private YearTable buildTable(int year) {
        long from = LocalDate.of(year, 1, 1).toEpochDay() * DayHours.DAY;
        long to = LocalDate.of(year + 1, 1, 1).toEpochDay() * DayHours.DAY;
        LocalDate first = LocalDate.ofEpochDay(from / DayHours.DAY - 3);
        LocalDate last = LocalDate.ofEpochDay(to / DayHours.DAY + 1);
        int maxPerDay = 0;
        for (DayHours h : weekly) {
            maxPerDay = Math.max(maxPerDay, h.size());
        }
        for (DayHours h : special.subMap(first, true, last, true).values()) {
            maxPerDay = Math.max(maxPerDay, h.size());
        }
        for (DayHours h : yearlySpecial.values()) {
            maxPerDay = Math.max(maxPerDay, h.size());
        }
        int days = (int) (last.toEpochDay() - first.toEpochDay() + 1);
        long[] pairs = new long[2 * maxPerDay * days];
        int length = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            length = appendDay(d, isClosedDate(d), pairs, length);
        }
        return Timeline.toTable(year, from, to, pairs, length);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Schedule)) {
            return false;
        }
        Schedule o = (Schedule) obj;
        return zone.equals(o.zone) && Arrays.equals(weekly, o.weekly) && closedDates.equals(o.closedDates)
                && rules.equals(o.rules) && sets.equals(o.sets) && special.equals(o.special)
                && yearlySpecial.equals(o.yearlySpecial);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, Arrays.hashCode(weekly), closedDates, rules, sets, special, yearlySpecial);
    }

    /** The calendar text of this schedule, as {@link CalendarFormat} reads it. */
    void format(StringBuilder sb) {
        sb.append("zone ").append(zone.getId()).append('\n');
        DayOfWeek[] days = DayOfWeek.values();
        int i = 0;
        while (i < 7) {
            int j = i;
            while (j + 1 < 7 && weekly[j + 1].equals(weekly[i])) {
                j++;
            }
            if (!weekly[i].isEmpty()) {
                sb.append(YearlyRule.shortName(days[i]));
                if (j > i) {
                    sb.append(j == i + 1 ? "," : "-").append(YearlyRule.shortName(days[j]));
                }
                sb.append(' ').append(weekly[i].format()).append('\n');
            }
            i = j + 1;
        }
        for (HolidayRule rule : rules) {
            sb.append("closed yearly ").append(rule).append('\n');
        }
        for (HolidaySet set : sets) {
            sb.append(set).append('\n');
        }
        for (LocalDate date : closedDates) {
            sb.append("closed ").append(date).append('\n');
        }
        for (Map.Entry<HolidayRule, DayHours> e : yearlySpecial.entrySet()) {
            sb.append("yearly ").append(e.getKey()).append(' ').append(e.getValue().format()).append('\n');
        }
        for (Map.Entry<LocalDate, DayHours> e : special.entrySet()) {
            sb.append(e.getKey()).append(' ').append(e.getValue().format()).append('\n');
        }
    }
}

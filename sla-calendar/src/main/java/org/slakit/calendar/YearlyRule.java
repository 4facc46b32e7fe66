package org.slakit.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What every kind of {@link HolidayRule} shares: the observed flag, the range of years, the date
 * for a year after the observed shift, equality and the text form. Each kind gives its own date
 * for a year ({@link #baseDate(int)}), sort key and text.
 */
abstract class YearlyRule {

    static final int NO_FIRST_YEAR = Integer.MIN_VALUE;
    static final int NO_LAST_YEAR = Integer.MAX_VALUE;

    /** The moves of {@code observed}: Saturday to the Friday before, Sunday to the Monday after. */
    private static final int[] OBSERVED = {0, 0, 0, 0, 0, -1, 1};
    private static final int[] NO_MOVES = new int[7];

    /**
     * The order rules are written in: fixed dates by month and day, then weekday rules by month,
     * ordinal and weekday, then Easter rules by offset, then weekdays in a window; then by how
     * weekend dates move, then by year range. Equal rules compare as 0.
     */
    static final Comparator<HolidayRule> CANONICAL = (a, b) -> ((YearlyRule) a).compareCanonically((YearlyRule) b);

    /** Days each weekday's date moves by, indexed by {@code DayOfWeek.ordinal()}; 0 stays. */
    private final int[] moves;
    private final boolean substitute;
    private final int fromYear;
    private final int toYear;
    /** The kind's fields as numbers, for order and equality; never modified. */
    private final int[] key;
    private final int hash;

    YearlyRule(int[] key, int[] moves, boolean substitute, int fromYear, int toYear) {
        this.key = key;
        this.moves = moves;
        this.substitute = substitute;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.hash = Objects.hash(getClass(), Arrays.hashCode(key), Arrays.hashCode(moves), substitute, fromYear, toYear);
    }

    private int compareCanonically(YearlyRule o) {
        int c = Integer.compare(kindOrder(), o.kindOrder());
        if (c == 0) {
            c = Arrays.compare(key, o.key);
        }
        if (c == 0) {
            c = Arrays.compare(moves, o.moves);
        }
        if (c == 0) {
            c = Boolean.compare(substitute, o.substitute);
        }
        if (c == 0) {
            c = Integer.compare(fromYear, o.fromYear);
        }
        return c != 0 ? c : Integer.compare(toYear, o.toYear);
    }

    /** The date for a year before any move, or null when the year has none. */
    abstract LocalDate baseDate(int year);

    abstract HolidayRule with(int[] moves, boolean substitute, int fromYear, int toYear);

    abstract int kindOrder();

    abstract void appendPattern(StringBuilder sb);

    /**
     * See {@link HolidayRule#observed()}.
     *
     * @return see {@link HolidayRule#observed()}
     */
    public HolidayRule observed() {
        if (Arrays.equals(moves, OBSERVED)) {
            return (HolidayRule) this;
        }
        if (substitute || !Arrays.equals(moves, NO_MOVES)) {
            throw new IllegalStateException("Rule '" + this + "' already says how weekend dates move: 'observed'"
                    + " cannot be added");
        }
        return with(OBSERVED, false, fromYear, toYear);
    }

    /**
     * See {@link HolidayRule#substitute()}.
     *
     * @return see {@link HolidayRule#substitute()}
     */
    public HolidayRule substitute() {
        if (substitute) {
            return (HolidayRule) this;
        }
        if (!Arrays.equals(moves, NO_MOVES)) {
            throw new IllegalStateException("Rule '" + this + "' already says how weekend dates move: 'substitute'"
                    + " cannot be added");
        }
        return with(NO_MOVES, true, fromYear, toYear);
    }

    /**
     * See {@link HolidayRule#movedIf(DayOfWeek, int)}.
     *
     * @param day see {@link HolidayRule#movedIf(DayOfWeek, int)}
     * @param days see {@link HolidayRule#movedIf(DayOfWeek, int)}
     * @return see {@link HolidayRule#movedIf(DayOfWeek, int)}
     */
    public HolidayRule movedIf(DayOfWeek day, int days) {
        Objects.requireNonNull(day, "day");
        if (days == 0 || days < -6 || days > 6) {
            throw new IllegalArgumentException("A move of " + days + " days: expected -6 to -1 or 1 to 6");
        }
        if (substitute || moves[day.ordinal()] != 0) {
            throw new IllegalStateException("Rule '" + this + "' already says where a date on " + shortName(day)
                    + " goes: 'if " + shortName(day) + "' cannot be added");
        }
        int[] next = moves.clone();
        next[day.ordinal()] = days;
        return with(next, false, fromYear, toYear);
    }

    /**
     * See {@link HolidayRule#from(int)}.
     *
     * @param year see {@link HolidayRule#from(int)}
     * @return see {@link HolidayRule#from(int)}
     */
    public HolidayRule from(int year) {
        checkYear(year);
        if (year > toYear) {
            throw new IllegalArgumentException("Holiday years are reversed: from " + year + " to " + toYear);
        }
        return with(moves, substitute, year, toYear);
    }

    /**
     * See {@link HolidayRule#to(int)}.
     *
     * @param year see {@link HolidayRule#to(int)}
     * @return see {@link HolidayRule#to(int)}
     */
    public HolidayRule to(int year) {
        checkYear(year);
        if (year < fromYear) {
            throw new IllegalArgumentException("Holiday years are reversed: from " + fromYear + " to " + year);
        }
        return with(moves, substitute, fromYear, year);
    }

    private static void checkYear(int year) {
        if (year < BusinessCalendar.MIN_YEAR || year > BusinessCalendar.MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside " + BusinessCalendar.MIN_YEAR + " to "
                    + BusinessCalendar.MAX_YEAR);
        }
    }

    /**
     * See {@link HolidayRule#isObserved()}.
     *
     * @return see {@link HolidayRule#isObserved()}
     */
    public boolean isObserved() {
        return Arrays.equals(moves, OBSERVED);
    }

    /**
     * See {@link HolidayRule#isSubstitute()}.
     *
     * @return see {@link HolidayRule#isSubstitute()}
     */
    public boolean isSubstitute() {
        return substitute;
    }

    /**
     * See {@link HolidayRule#dateFor(int)}.
     *
     * @param year see {@link HolidayRule#dateFor(int)}
     * @return see {@link HolidayRule#dateFor(int)}
     */
    public Optional<LocalDate> dateFor(int year) {
        LocalDate date = unmovedDate(year);
        if (date == null) {
            return Optional.empty();
        }
        if (substitute) {
            return Optional.of(nextWeekday(date));
        }
        return Optional.of(date.plusDays(moves[date.getDayOfWeek().ordinal()]));
    }

    /** The date before any move, or null outside the range of years or when the year has none. */
    LocalDate unmovedDate(int year) {
        if (year < fromYear || year > toYear || year < BusinessCalendar.MIN_YEAR || year > BusinessCalendar.MAX_YEAR) {
            return null;
        }
        return baseDate(year);
    }

    /** The date itself on Monday to Friday, else the Monday after. */
    static LocalDate nextWeekday(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY ? date.plusDays(2) : d == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /**
     * See {@link HolidayRule#matches(LocalDate)}.
     *
     * @param date see {@link HolidayRule#matches(LocalDate)}
     * @return see {@link HolidayRule#matches(LocalDate)}
     */
    public boolean matches(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int y = date.getYear();
        for (int year = y - 1; year <= y + 1; year++) {
            if (dateFor(year).filter(date::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Equal when of the same kind with the same fields, moves and years; see {@link HolidayRule}. */
    @Override
    public final boolean equals(Object obj) {
        if (obj == null || obj.getClass() != getClass()) {
            return false;
        }
        YearlyRule o = (YearlyRule) obj;
        return substitute == o.substitute && fromYear == o.fromYear && toYear == o.toYear
                && Arrays.equals(moves, o.moves) && Arrays.equals(key, o.key);
    }

    /** @return a hash code consistent with {@link #equals(Object)} */
    @Override
    public final int hashCode() {
        return hash;
    }

    /**
     * @return the rule in the calendar text form, for example {@code last Mon of May observed from 2020}
     */
    @Override
    public final String toString() {
        StringBuilder sb = new StringBuilder();
        appendPattern(sb);
        if (isObserved()) {
            sb.append(" observed");
        } else if (substitute) {
            sb.append(" substitute");
        } else {
            for (DayOfWeek day : DayOfWeek.values()) {
                int m = moves[day.ordinal()];
                if (m != 0) {
                    sb.append(" if ").append(shortName(day)).append(' ').append(m > 0 ? "+" : "").append(m);
                }
            }
        }
        if (fromYear != NO_FIRST_YEAR) {
            sb.append(" from ").append(fromYear);
        }
        if (toYear != NO_LAST_YEAR) {
            sb.append(" to ").append(toYear);
        }
        return sb.toString();
    }

    /**
     * Western Easter Sunday of a year, by the anonymous Gregorian algorithm (Meeus, Jones, Butcher).
     */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** "Mon" for MONDAY: English three-letter names, independent of locale data. */
    static String shortName(Enum<?> dayOrMonth) {
        String name = dayOrMonth.name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
    }
}

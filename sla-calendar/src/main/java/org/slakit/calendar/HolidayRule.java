package org.slakit.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A yearly holiday: a date that a rule picks once in each year, on which a calendar is closed.
 *
 * <p>Three kinds of rule exist:
 * <ul>
 *   <li>{@link #fixed(Month, int) a fixed month-day}, such as December 25. February 29 is a
 *       holiday only in leap years.</li>
 *   <li>{@link #nthWeekday(int, DayOfWeek, Month) the nth weekday of a month}, such as the
 *       third Monday of January, or {@link #lastWeekday(DayOfWeek, Month) the last} one. A fifth
 *       weekday that a month does not have gives no holiday that year.</li>
 *   <li>{@link #easter(int) an offset in days from Western (Gregorian) Easter Sunday}, such as
 *       Good Friday ({@code -2}) or Easter Monday ({@code +1}).</li>
 * </ul>
 * Any rule can be {@link #observed() observed}: a date that falls on a Saturday is moved to the
 * Friday before, one on a Sunday to the Monday after, and the original weekend date is then not
 * a holiday. A rule can be limited to a range of years with {@link #from(int)} and
 * {@link #to(int)}; the range applies to the year the rule is computed for, before the observed
 * shift (New Year's Day 2022, a Saturday, observed on Friday 2021-12-31, belongs to 2022).
 *
 * <p>The text form, as read by {@link BusinessCalendar#parse(CharSequence)} after
 * {@code closed yearly}, is {@code 12-25}, {@code 3rd Mon of Jan}, {@code last Mon of May},
 * {@code Easter-2}, {@code Easter+1} or {@code Easter}, followed by the optional words
 * {@code observed}, {@code from YYYY} and {@code to YYYY}, in that order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HolidayRule {

    private enum Kind { FIXED, NTH_WEEKDAY, EASTER }

    /** Ordinal that means "the last such weekday of the month". */
    private static final int LAST = -1;

    private final Kind kind;
    private final Month month;
    private final int dayOfMonth;
    private final int ordinal;
    private final DayOfWeek dayOfWeek;
    private final int easterOffset;
    private final boolean observed;
    private final int fromYear;
    private final int toYear;

    private HolidayRule(Kind kind, Month month, int dayOfMonth, int ordinal, DayOfWeek dayOfWeek,
                        int easterOffset, boolean observed, int fromYear, int toYear) {
        this.kind = kind;
        this.month = month;
        this.dayOfMonth = dayOfMonth;
        this.ordinal = ordinal;
        this.dayOfWeek = dayOfWeek;
        this.easterOffset = easterOffset;
        this.observed = observed;
        this.fromYear = fromYear;
        this.toYear = toYear;
    }

    /**
     * A holiday on the same month and day every year.
     *
     * @param month the month
     * @param dayOfMonth the day of the month, valid for that month in a leap year (1 to 29 for February)
     * @return the rule
     * @throws java.time.DateTimeException if the day does not exist in that month
     */
    public static HolidayRule fixed(Month month, int dayOfMonth) {
        Objects.requireNonNull(month, "month");
        MonthDay.of(month, dayOfMonth); // validates
        return new HolidayRule(Kind.FIXED, month, dayOfMonth, 0, null, 0, false,
                Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * A holiday on the same month and day every year.
     *
     * @param monthDay the month and day
     * @return the rule
     */
    public static HolidayRule fixed(MonthDay monthDay) {
        return fixed(monthDay.getMonth(), monthDay.getDayOfMonth());
    }

    /**
     * A holiday on the nth given weekday of a month, such as the third Monday of January.
     *
     * @param ordinal which occurrence, 1 to 5; a fifth weekday that a month lacks in a year gives
     *        no holiday in that year
     * @param dayOfWeek the weekday
     * @param month the month
     * @return the rule
     * @throws IllegalArgumentException if {@code ordinal} is not between 1 and 5
     */
    public static HolidayRule nthWeekday(int ordinal, DayOfWeek dayOfWeek, Month month) {
        Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        Objects.requireNonNull(month, "month");
        if (ordinal < 1 || ordinal > 5) {
            throw new IllegalArgumentException("Weekday ordinal must be 1 to 5, not " + ordinal);
        }
        return new HolidayRule(Kind.NTH_WEEKDAY, month, 0, ordinal, dayOfWeek, 0, false,
                Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * A holiday on the last given weekday of a month, such as the last Monday of May.
     *
     * @param dayOfWeek the weekday
     * @param month the month
     * @return the rule
     */
    public static HolidayRule lastWeekday(DayOfWeek dayOfWeek, Month month) {
        Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        Objects.requireNonNull(month, "month");
        return new HolidayRule(Kind.NTH_WEEKDAY, month, 0, LAST, dayOfWeek, 0, false,
                Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * A holiday a fixed number of days from Western Easter Sunday (Gregorian computus).
     *
     * @param offsetDays days after Easter Sunday, negative for days before; -366 to 366
     * @return the rule
     * @throws IllegalArgumentException if the offset is more than a year
     */
    public static HolidayRule easter(int offsetDays) {
        if (offsetDays < -366 || offsetDays > 366) {
            throw new IllegalArgumentException("Easter offset must be -366 to 366 days, not " + offsetDays);
        }
        return new HolidayRule(Kind.EASTER, null, 0, 0, null, offsetDays, false,
                Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * Returns a copy of this rule with weekend substitution: a date on Saturday is observed on the
     * Friday before, a date on Sunday on the Monday after.
     *
     * @return the observed rule
     */
    public HolidayRule observed() {
        return new HolidayRule(kind, month, dayOfMonth, ordinal, dayOfWeek, easterOffset, true, fromYear, toYear);
    }

    /**
     * Returns a copy of this rule that applies from the given year on (inclusive).
     *
     * @param year the first year the rule applies to
     * @return the limited rule
     * @throws IllegalArgumentException if the year is after the last year already set
     */
    public HolidayRule from(int year) {
        if (year > toYear) {
            throw new IllegalArgumentException("Holiday years are reversed: from " + year + " to " + toYear);
        }
        return new HolidayRule(kind, month, dayOfMonth, ordinal, dayOfWeek, easterOffset, observed, year, toYear);
    }

    /**
     * Returns a copy of this rule that applies up to the given year (inclusive).
     *
     * @param year the last year the rule applies to
     * @return the limited rule
     * @throws IllegalArgumentException if the year is before the first year already set
     */
    public HolidayRule to(int year) {
        if (year < fromYear) {
            throw new IllegalArgumentException("Holiday years are reversed: from " + fromYear + " to " + year);
        }
        return new HolidayRule(kind, month, dayOfMonth, ordinal, dayOfWeek, easterOffset, observed, fromYear, year);
    }

    /** @return true if weekend dates are moved to the nearest weekday */
    public boolean isObserved() {
        return observed;
    }

    /**
     * The date this rule closes for a given year, after the observed shift.
     *
     * @param year the year the rule is computed for
     * @return the date, which may lie in the year before or after when observed, or empty when the
     *         year is outside the rule's range or the date does not exist that year
     */
    public Optional<LocalDate> dateFor(int year) {
        if (year < fromYear || year > toYear || year < 1 || year > 9999) {
            return Optional.empty();
        }
        LocalDate date;
        switch (kind) {
            case FIXED:
                if (month == Month.FEBRUARY && dayOfMonth == 29 && !java.time.Year.isLeap(year)) {
                    return Optional.empty();
                }
                date = LocalDate.of(year, month, dayOfMonth);
                break;
            case NTH_WEEKDAY:
                if (ordinal == LAST) {
                    date = LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(dayOfWeek));
                } else {
                    date = LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, dayOfWeek));
                    if (date.getMonth() != month) {
                        return Optional.empty();
                    }
                }
                break;
            default:
                date = easterSunday(year).plusDays(easterOffset);
                break;
        }
        if (observed) {
            if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
                date = date.minusDays(1);
            } else if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                date = date.plusDays(1);
            }
        }
        return Optional.of(date);
    }

    /**
     * Tells whether this rule closes a date.
     *
     * @param date the date to check
     * @return true if the rule, computed for any year, falls on {@code date}
     */
    public boolean matches(LocalDate date) {
        int y = date.getYear();
        for (int year = y - 1; year <= y + 1; year++) {
            if (dateFor(year).filter(date::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The order rules are written in: fixed dates by month and day, then weekday rules by month,
     * ordinal and weekday, then Easter rules by offset; then unobserved before observed, then by
     * year range. Equal rules compare as 0.
     */
    static final java.util.Comparator<HolidayRule> CANONICAL = java.util.Comparator
            .<HolidayRule>comparingInt(r -> r.kind.ordinal())
            .thenComparingInt(r -> r.month == null ? 0 : r.month.getValue())
            .thenComparingInt(r -> r.dayOfMonth)
            .thenComparingInt(r -> r.ordinal == LAST ? 6 : r.ordinal)
            .thenComparingInt(r -> r.dayOfWeek == null ? 0 : r.dayOfWeek.getValue())
            .thenComparingInt(r -> r.easterOffset)
            .thenComparing(r -> r.observed)
            .thenComparingInt(r -> r.fromYear)
            .thenComparingInt(r -> r.toYear);

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

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof HolidayRule)) {
            return false;
        }
        HolidayRule o = (HolidayRule) obj;
        return kind == o.kind && month == o.month && dayOfMonth == o.dayOfMonth && ordinal == o.ordinal
                && dayOfWeek == o.dayOfWeek && easterOffset == o.easterOffset && observed == o.observed
                && fromYear == o.fromYear && toYear == o.toYear;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, month, dayOfMonth, ordinal, dayOfWeek, easterOffset, observed, fromYear, toYear);
    }

    /**
     * @return the rule in the calendar text form, for example {@code last Mon of May observed from 2020}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        switch (kind) {
            case FIXED:
                sb.append(String.format(Locale.ROOT, "%02d-%02d", month.getValue(), dayOfMonth));
                break;
            case NTH_WEEKDAY:
                sb.append(ordinal == LAST ? "last" : ordinalWord(ordinal)).append(' ')
                        .append(shortName(dayOfWeek)).append(" of ").append(shortName(month));
                break;
            default:
                sb.append("Easter");
                if (easterOffset != 0) {
                    sb.append(easterOffset > 0 ? "+" : "").append(easterOffset);
                }
                break;
        }
        if (observed) {
            sb.append(" observed");
        }
        if (fromYear != Integer.MIN_VALUE) {
            sb.append(" from ").append(fromYear);
        }
        if (toYear != Integer.MAX_VALUE) {
            sb.append(" to ").append(toYear);
        }
        return sb.toString();
    }

    private static String ordinalWord(int n) {
        switch (n) {
            case 1: return "1st";
            case 2: return "2nd";
            case 3: return "3rd";
            default: return n + "th";
        }
    }

    /** "Mon" for MONDAY: English three-letter names, independent of locale data. */
    static String shortName(Enum<?> dayOrMonth) {
        String name = dayOrMonth.name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
    }
}

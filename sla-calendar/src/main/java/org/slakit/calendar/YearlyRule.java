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

    /**
     * The order rules are written in: fixed dates by month and day, then weekday rules by month,
     * ordinal and weekday, then Easter rules by offset; then unobserved before observed, then by
     * year range. Equal rules compare as 0.
     */
    static final Comparator<HolidayRule> CANONICAL = Comparator
            .<HolidayRule>comparingInt(r -> ((YearlyRule) r).kindOrder())
            .thenComparing(r -> ((YearlyRule) r).sortKey(), Arrays::compare)
            .thenComparing(HolidayRule::isObserved)
            .thenComparingInt(r -> ((YearlyRule) r).fromYear)
            .thenComparingInt(r -> ((YearlyRule) r).toYear);

    private final boolean observed;
    private final int fromYear;
    private final int toYear;

    YearlyRule(boolean observed, int fromYear, int toYear) {
        this.observed = observed;
        this.fromYear = fromYear;
        this.toYear = toYear;
    }

    /** The date for a year before the observed shift, or null when the year has none. */
    abstract LocalDate baseDate(int year);

    abstract HolidayRule with(boolean observed, int fromYear, int toYear);

    abstract int kindOrder();

    abstract int[] sortKey();

    abstract void appendPattern(StringBuilder sb);

    public HolidayRule observed() {
        return with(true, fromYear, toYear);
    }

    public HolidayRule from(int year) {
        checkYear(year);
        if (year > toYear) {
            throw new IllegalArgumentException("Holiday years are reversed: from " + year + " to " + toYear);
        }
        return with(observed, year, toYear);
    }

    public HolidayRule to(int year) {
        checkYear(year);
        if (year < fromYear) {
            throw new IllegalArgumentException("Holiday years are reversed: from " + fromYear + " to " + year);
        }
        return with(observed, fromYear, year);
    }

    private static void checkYear(int year) {
        if (year < BusinessCalendar.MIN_YEAR || year > BusinessCalendar.MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside " + BusinessCalendar.MIN_YEAR + " to "
                    + BusinessCalendar.MAX_YEAR);
        }
    }

    public boolean isObserved() {
        return observed;
    }

    public Optional<LocalDate> dateFor(int year) {
        if (year < fromYear || year > toYear || year < BusinessCalendar.MIN_YEAR || year > BusinessCalendar.MAX_YEAR) {
            return Optional.empty();
        }
        LocalDate date = baseDate(year);
        if (date == null) {
            return Optional.empty();
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

    public boolean matches(LocalDate date) {
        int y = date.getYear();
        for (int year = y - 1; year <= y + 1; year++) {
            if (dateFor(year).filter(date::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public final boolean equals(Object obj) {
        if (obj == null || obj.getClass() != getClass()) {
            return false;
        }
        YearlyRule o = (YearlyRule) obj;
        return observed == o.observed && fromYear == o.fromYear && toYear == o.toYear
                && Arrays.equals(sortKey(), o.sortKey());
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass(), Arrays.hashCode(sortKey()), observed, fromYear, toYear);
    }

    /**
     * @return the rule in the calendar text form, for example {@code last Mon of May observed from 2020}
     */
    @Override
    public final String toString() {
        StringBuilder sb = new StringBuilder();
        appendPattern(sb);
        if (observed) {
            sb.append(" observed");
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

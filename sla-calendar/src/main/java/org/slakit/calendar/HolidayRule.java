package org.slakit.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A yearly holiday: a date that a rule picks once in each year, on which a calendar is closed.
 *
 * <p>Three kinds of rule exist, one class each:
 * <ul>
 *   <li>{@link FixedDate}, made by {@link #fixed(Month, int)}: the same month and day, such as
 *       December 25. February 29 is a holiday only in leap years.</li>
 *   <li>{@link WeekdayOfMonth}, made by {@link #nthWeekday(int, DayOfWeek, Month)} and
 *       {@link #lastWeekday(DayOfWeek, Month)}: the nth (or last) weekday of a month, such as the
 *       third Monday of January. A fifth weekday that a month does not have gives no holiday that
 *       year.</li>
 *   <li>{@link EasterOffset}, made by {@link #easter(int)}: a number of days from Western
 *       (Gregorian) Easter Sunday, such as Good Friday ({@code -2}) or Easter Monday
 *       ({@code +1}).</li>
 * </ul>
 * Any rule can be {@link #observed() observed}: a date that falls on a Saturday is moved to the
 * Friday before, one on a Sunday to the Monday after, and the original weekend date is then not
 * a holiday. A rule can be limited to a range of years (1 to 9999) with {@link #from(int)} and
 * {@link #to(int)}; the range applies to the year the rule is computed for, before the observed
 * shift (New Year's Day 2022, a Saturday, observed on Friday 2021-12-31, belongs to 2022).
 *
 * <p>The text form, as {@link #parse(CharSequence)} reads it, {@code toString()} writes it and
 * calendar text uses it after {@code closed yearly}, is {@code 12-25}, {@code 3rd Mon of Jan},
 * {@code last Mon of May}, {@code Easter-2}, {@code Easter+1} or {@code Easter}, followed by the
 * optional words {@code observed}, {@code from YYYY} and {@code to YYYY}, in that order.
 *
 * <p>Two rules are equal when they are of the same kind with the same fields, the same observed
 * flag and the same range of years (two different rules can close the same dates, such as Easter
 * and April 5 in 2026). Rules are immutable and thread-safe.
 */
public sealed interface HolidayRule permits HolidayRule.FixedDate, HolidayRule.WeekdayOfMonth, HolidayRule.EasterOffset {

    /**
     * A holiday on the same month and day every year.
     *
     * @param month the month
     * @param dayOfMonth the day of the month, valid for that month in a leap year (1 to 29 for February)
     * @return the rule
     * @throws java.time.DateTimeException if the day does not exist in that month
     */
    static HolidayRule fixed(Month month, int dayOfMonth) {
        Objects.requireNonNull(month, "month");
        MonthDay.of(month, dayOfMonth); // validates
        return new FixedDate(month, dayOfMonth, false, YearlyRule.NO_FIRST_YEAR, YearlyRule.NO_LAST_YEAR);
    }

    /**
     * A holiday on the same month and day every year.
     *
     * @param monthDay the month and day
     * @return the rule
     */
    static HolidayRule fixed(MonthDay monthDay) {
        Objects.requireNonNull(monthDay, "monthDay");
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
    static HolidayRule nthWeekday(int ordinal, DayOfWeek dayOfWeek, Month month) {
        Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        Objects.requireNonNull(month, "month");
        if (ordinal < 1 || ordinal > 5) {
            throw new IllegalArgumentException("Weekday ordinal must be 1 to 5, not " + ordinal);
        }
        return new WeekdayOfMonth(ordinal, dayOfWeek, month, false, YearlyRule.NO_FIRST_YEAR, YearlyRule.NO_LAST_YEAR);
    }

    /**
     * A holiday on the last given weekday of a month, such as the last Monday of May.
     *
     * @param dayOfWeek the weekday
     * @param month the month
     * @return the rule
     */
    static HolidayRule lastWeekday(DayOfWeek dayOfWeek, Month month) {
        Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        Objects.requireNonNull(month, "month");
        return new WeekdayOfMonth(WeekdayOfMonth.LAST, dayOfWeek, month, false, YearlyRule.NO_FIRST_YEAR,
                YearlyRule.NO_LAST_YEAR);
    }

    /**
     * A holiday a fixed number of days from Western Easter Sunday (Gregorian computus).
     *
     * @param offsetDays days after Easter Sunday, negative for days before; -366 to 366
     * @return the rule
     * @throws IllegalArgumentException if the offset is more than a year
     */
    static HolidayRule easter(int offsetDays) {
        if (offsetDays < -366 || offsetDays > 366) {
            throw new IllegalArgumentException("Easter offset must be -366 to 366 days, not " + offsetDays);
        }
        return new EasterOffset(offsetDays, false, YearlyRule.NO_FIRST_YEAR, YearlyRule.NO_LAST_YEAR);
    }

    /**
     * Reads a rule in its text form, the one {@code toString()} writes: for example
     * {@code last Mon of May observed from 2020}. Words are separated by white space; letters may be
     * in any case.
     *
     * @param text the rule
     * @return the rule
     * @throws IllegalArgumentException naming the text, the offending word and what was expected
     */
    static HolidayRule parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        String[] words = s.isEmpty() ? new String[0] : s.split("\\s+");
        return HolidayRuleFormat.read(words, 0,
                problem -> new IllegalArgumentException("Invalid holiday rule '" + s + "': " + problem));
    }

    /**
     * Returns a copy of this rule with weekend substitution: a date on Saturday is observed on the
     * Friday before, a date on Sunday on the Monday after.
     *
     * @return the observed rule
     */
    HolidayRule observed();

    /**
     * Returns a copy of this rule that applies from the given year on (inclusive).
     *
     * @param year the first year the rule applies to, 1 to 9999
     * @return the limited rule
     * @throws IllegalArgumentException if the year is outside 1 to 9999 or after the last year
     *         already set
     */
    HolidayRule from(int year);

    /**
     * Returns a copy of this rule that applies up to the given year (inclusive).
     *
     * @param year the last year the rule applies to, 1 to 9999
     * @return the limited rule
     * @throws IllegalArgumentException if the year is outside 1 to 9999 or before the first year
     *         already set
     */
    HolidayRule to(int year);

    /** @return true if weekend dates are moved to the nearest weekday */
    boolean isObserved();

    /**
     * The date this rule closes for a given year, after the observed shift.
     *
     * @param year the year the rule is computed for
     * @return the date, which may lie in the year before or after when observed, or empty when the
     *         year is outside the rule's range or the supported years 1 to 9999, or the date does not
     *         exist that year
     */
    Optional<LocalDate> dateFor(int year);

    /**
     * Tells whether this rule closes a date.
     *
     * @param date the date to check
     * @return true if the rule, computed for any year, falls on {@code date}
     */
    boolean matches(LocalDate date);

    /**
     * The same month and day every year: {@code 12-25}.
     *
     * <p>This class is immutable and thread-safe.
     */
    final class FixedDate extends YearlyRule implements HolidayRule {

        private final Month month;
        private final int dayOfMonth;

        FixedDate(Month month, int dayOfMonth, boolean observed, int fromYear, int toYear) {
            super(observed, fromYear, toYear);
            this.month = month;
            this.dayOfMonth = dayOfMonth;
        }

        /** @return the month and day */
        public MonthDay monthDay() {
            return MonthDay.of(month, dayOfMonth);
        }

        @Override
        LocalDate baseDate(int year) {
            if (month == Month.FEBRUARY && dayOfMonth == 29 && !Year.isLeap(year)) {
                return null;
            }
            return LocalDate.of(year, month, dayOfMonth);
        }

        @Override
        FixedDate with(boolean observed, int fromYear, int toYear) {
            return new FixedDate(month, dayOfMonth, observed, fromYear, toYear);
        }

        @Override
        int kindOrder() {
            return 0;
        }

        @Override
        int[] sortKey() {
            return new int[] {month.getValue(), dayOfMonth};
        }

        @Override
        void appendPattern(StringBuilder sb) {
            sb.append(String.format(Locale.ROOT, "%02d-%02d", month.getValue(), dayOfMonth));
        }
    }

    /**
     * The nth or last weekday of a month: {@code 3rd Mon of Jan}, {@code last Mon of May}.
     *
     * <p>This class is immutable and thread-safe.
     */
    final class WeekdayOfMonth extends YearlyRule implements HolidayRule {

        /** Ordinal that means "the last such weekday of the month". */
        static final int LAST = -1;

        private final int ordinal;
        private final DayOfWeek dayOfWeek;
        private final Month month;

        WeekdayOfMonth(int ordinal, DayOfWeek dayOfWeek, Month month, boolean observed, int fromYear, int toYear) {
            super(observed, fromYear, toYear);
            this.ordinal = ordinal;
            this.dayOfWeek = dayOfWeek;
            this.month = month;
        }

        /** @return which occurrence in the month, 1 to 5, or empty for the last one */
        public OptionalInt ordinal() {
            return ordinal == LAST ? OptionalInt.empty() : OptionalInt.of(ordinal);
        }

        /** @return the weekday */
        public DayOfWeek dayOfWeek() {
            return dayOfWeek;
        }

        /** @return the month */
        public Month month() {
            return month;
        }

        @Override
        LocalDate baseDate(int year) {
            LocalDate first = LocalDate.of(year, month, 1);
            if (ordinal == LAST) {
                return first.with(TemporalAdjusters.lastInMonth(dayOfWeek));
            }
            LocalDate date = first.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, dayOfWeek));
            return date.getMonth() == month ? date : null;
        }

        @Override
        WeekdayOfMonth with(boolean observed, int fromYear, int toYear) {
            return new WeekdayOfMonth(ordinal, dayOfWeek, month, observed, fromYear, toYear);
        }

        @Override
        int kindOrder() {
            return 1;
        }

        @Override
        int[] sortKey() {
            return new int[] {month.getValue(), ordinal == LAST ? 6 : ordinal, dayOfWeek.getValue()};
        }

        @Override
        void appendPattern(StringBuilder sb) {
            sb.append(ordinal == LAST ? "last" : ordinalWord(ordinal)).append(' ')
                    .append(shortName(dayOfWeek)).append(" of ").append(shortName(month));
        }

        private static String ordinalWord(int n) {
            switch (n) {
                case 1: return "1st";
                case 2: return "2nd";
                case 3: return "3rd";
                default: return n + "th";
            }
        }
    }

    /**
     * A number of days from Western Easter Sunday: {@code Easter}, {@code Easter-2}, {@code Easter+1}.
     *
     * <p>This class is immutable and thread-safe.
     */
    final class EasterOffset extends YearlyRule implements HolidayRule {

        private final int offsetDays;

        EasterOffset(int offsetDays, boolean observed, int fromYear, int toYear) {
            super(observed, fromYear, toYear);
            this.offsetDays = offsetDays;
        }

        /** @return the days after Easter Sunday, negative for days before */
        public int offsetDays() {
            return offsetDays;
        }

        @Override
        LocalDate baseDate(int year) {
            return easterSunday(year).plusDays(offsetDays);
        }

        @Override
        EasterOffset with(boolean observed, int fromYear, int toYear) {
            return new EasterOffset(offsetDays, observed, fromYear, toYear);
        }

        @Override
        int kindOrder() {
            return 2;
        }

        @Override
        int[] sortKey() {
            return new int[] {offsetDays};
        }

        @Override
        void appendPattern(StringBuilder sb) {
            sb.append("Easter");
            if (offsetDays != 0) {
                sb.append(offsetDays > 0 ? "+" : "").append(offsetDays);
            }
        }
    }
}

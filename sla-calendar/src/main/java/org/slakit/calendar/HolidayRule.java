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
 * <p>Four kinds of rule exist, one class each:
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
 *   <li>{@link WeekdayInWindow}, made by {@link #weekdayBetween(DayOfWeek, MonthDay, MonthDay)}:
 *       the first given weekday within a window of dates, such as Sweden's Midsummer Eve, the
 *       Friday between June 19 and 25.</li>
 * </ul>
 * Any rule can say how a date on a given weekday moves, and the original date is then not a
 * holiday: {@link #observed() observed} moves a Saturday to the Friday before and a Sunday to the
 * Monday after; {@link #movedIf(DayOfWeek, int)} moves one weekday by a number of days (Sunday to
 * the Saturday before); {@link #substitute() substitute} moves a weekend date to the next weekday
 * that no other yearly rule of the calendar closes, so that substitute days chain. A rule can be limited to a range of years (1 to 9999) with {@link #from(int)} and
 * {@link #to(int)}; the range applies to the year the rule is computed for, before the observed
 * shift (New Year's Day 2022, a Saturday, observed on Friday 2021-12-31, belongs to 2022).
 *
 * <p>The text form, as {@link #parse(CharSequence)} reads it, {@code toString()} writes it and
 * calendar text uses it after {@code closed yearly}, is {@code 12-25}, {@code 3rd Mon of Jan},
 * {@code last Mon of May}, {@code Easter-2}, {@code Easter+1}, {@code Easter} or
 * {@code Fri between 06-19 and 06-25}, followed by the optional words {@code observed},
 * {@code substitute} or {@code if <day> <+N|-N>} (repeated for several weekdays), then
 * {@code from YYYY} and {@code to YYYY}, in that order.
 *
 * <p>Two rules are equal when they are of the same kind with the same fields, the same observed
 * flag and the same range of years (two different rules can close the same dates, such as Easter
 * and April 5 in 2026). Rules are immutable and thread-safe.
 */
public sealed interface HolidayRule permits HolidayRule.FixedDate, HolidayRule.WeekdayOfMonth, HolidayRule.EasterOffset,
        HolidayRule.WeekdayInWindow {

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
        return new FixedDate(month, dayOfMonth, new int[7], false, YearlyRule.NO_FIRST_YEAR, YearlyRule.NO_LAST_YEAR);
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
        return new WeekdayOfMonth(ordinal, dayOfWeek, month, new int[7], false, YearlyRule.NO_FIRST_YEAR, YearlyRule.NO_LAST_YEAR);
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
        return new WeekdayOfMonth(WeekdayOfMonth.LAST, dayOfWeek, month, new int[7], false, YearlyRule.NO_FIRST_YEAR,
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
        return new EasterOffset(offsetDays, new int[7], false, YearlyRule.NO_FIRST_YEAR, YearlyRule.NO_LAST_YEAR);
    }

    /**
     * A holiday on the first given weekday within a window of dates, such as Sweden's Midsummer
     * Eve, the Friday between June 19 and June 25. A window shorter than a week may hold no such
     * weekday in a year, which then has no holiday. A window that starts on February 29 starts on
     * March 1 in other years; one that ends on February 29 ends on February 28.
     *
     * @param dayOfWeek the weekday
     * @param first the first date of the window
     * @param last the last date of the window, on or after {@code first} in the same year
     * @return the rule
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    static HolidayRule weekdayBetween(DayOfWeek dayOfWeek, MonthDay first, MonthDay last) {
        Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("Window " + WeekdayInWindow.text(first) + " to " + WeekdayInWindow.text(last)
                    + " ends before it starts: expected the last date on or after the first, in the same year");
        }
        return new WeekdayInWindow(dayOfWeek, first, last, new int[7], false, YearlyRule.NO_FIRST_YEAR,
                YearlyRule.NO_LAST_YEAR);
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
     * @throws IllegalStateException if the rule already moves weekend dates another way
     */
    HolidayRule observed();

    /**
     * Returns a copy of this rule with chained substitute days, as the UK, Ireland and Australia
     * observe public holidays: a date on a Saturday or Sunday moves to the next weekday (Monday to
     * Friday) that no other yearly rule of the calendar closes. When Christmas and the next day both
     * fall on a weekend, their substitutes are the Monday and the Tuesday after; when Christmas
     * falls on a Sunday and Boxing Day on the Monday, Christmas moves to the Tuesday. Within a
     * calendar the substitutes are assigned in date order, after the dates that do not move; on
     * its own ({@link #dateFor(int)}) the rule moves a weekend date to the Monday after.
     *
     * @return the rule with substitute days
     * @throws IllegalStateException if the rule already moves weekend dates another way
     *         ({@code observed} or {@code if})
     */
    HolidayRule substitute();

    /**
     * Returns a copy of this rule whose date moves by a number of days when it falls on a given
     * weekday: King's Day in the Netherlands, April 27, moves to the Saturday before when it falls
     * on a Sunday ({@code movedIf(SUNDAY, -1)}, text {@code 04-27 if Sun -1}). {@link #observed()}
     * is the same as {@code movedIf(SATURDAY, -1).movedIf(SUNDAY, 1)}, and equal to it.
     *
     * @param day the weekday that moves
     * @param days how far: -6 to -1 (earlier) or 1 to 6 (later)
     * @return the rule with the move
     * @throws IllegalArgumentException if {@code days} is 0 or more than 6 either way
     * @throws IllegalStateException if the rule already moves that weekday, or has substitute days
     */
    HolidayRule movedIf(DayOfWeek day, int days);

    /** @return true if weekend dates move to the next weekday free of other holidays ({@link #substitute()}) */
    boolean isSubstitute();

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
     * The rule in its text form, which {@link #parse(CharSequence)} reads back to an equal rule:
     * for example {@code last Mon of May observed from 2020}.
     *
     * @return the text form
     */
    @Override
    String toString();

    /**
     * The same month and day every year: {@code 12-25}.
     *
     * <p>This class is immutable and thread-safe.
     */
    final class FixedDate extends YearlyRule implements HolidayRule {

        private final Month month;
        private final int dayOfMonth;

        FixedDate(Month month, int dayOfMonth, int[] moves, boolean substitute, int fromYear, int toYear) {
            super(new int[] {month.getValue(), dayOfMonth}, moves, substitute, fromYear, toYear);
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
        FixedDate with(int[] moves, boolean substitute, int fromYear, int toYear) {
            return new FixedDate(month, dayOfMonth, moves, substitute, fromYear, toYear);
        }

        @Override
        int kindOrder() {
            return 0;
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

        WeekdayOfMonth(int ordinal, DayOfWeek dayOfWeek, Month month, int[] moves, boolean substitute, int fromYear,
                       int toYear) {
            super(new int[] {month.getValue(), ordinal == LAST ? 6 : ordinal, dayOfWeek.getValue()}, moves, substitute,
                    fromYear, toYear);
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
        WeekdayOfMonth with(int[] moves, boolean substitute, int fromYear, int toYear) {
            return new WeekdayOfMonth(ordinal, dayOfWeek, month, moves, substitute, fromYear, toYear);
        }

        @Override
        int kindOrder() {
            return 1;
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

        EasterOffset(int offsetDays, int[] moves, boolean substitute, int fromYear, int toYear) {
            super(new int[] {offsetDays}, moves, substitute, fromYear, toYear);
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
        EasterOffset with(int[] moves, boolean substitute, int fromYear, int toYear) {
            return new EasterOffset(offsetDays, moves, substitute, fromYear, toYear);
        }

        @Override
        int kindOrder() {
            return 2;
        }


        @Override
        void appendPattern(StringBuilder sb) {
            sb.append("Easter");
            if (offsetDays != 0) {
                sb.append(offsetDays > 0 ? "+" : "").append(offsetDays);
            }
        }
    }

    /**
     * The first given weekday within a window of dates: {@code Fri between 06-19 and 06-25}.
     *
     * <p>This class is immutable and thread-safe.
     */
    final class WeekdayInWindow extends YearlyRule implements HolidayRule {

        private final DayOfWeek dayOfWeek;
        private final MonthDay first;
        private final MonthDay last;

        WeekdayInWindow(DayOfWeek dayOfWeek, MonthDay first, MonthDay last, int[] moves, boolean substitute,
                        int fromYear, int toYear) {
            super(new int[] {first.getMonthValue(), first.getDayOfMonth(), last.getMonthValue(), last.getDayOfMonth(),
                dayOfWeek.getValue()}, moves, substitute, fromYear, toYear);
            this.dayOfWeek = dayOfWeek;
            this.first = first;
            this.last = last;
        }

        /** @return the weekday */
        public DayOfWeek dayOfWeek() {
            return dayOfWeek;
        }

        /** @return the first date of the window */
        public MonthDay first() {
            return first;
        }

        /** @return the last date of the window */
        public MonthDay last() {
            return last;
        }

        @Override
        LocalDate baseDate(int year) {
            LocalDate start = first.isValidYear(year) ? first.atYear(year) : LocalDate.of(year, 3, 1);
            LocalDate end = last.atYear(year); // February 29 becomes 28
            LocalDate date = start.with(TemporalAdjusters.nextOrSame(dayOfWeek));
            return date.isAfter(end) ? null : date;
        }

        @Override
        WeekdayInWindow with(int[] moves, boolean substitute, int fromYear, int toYear) {
            return new WeekdayInWindow(dayOfWeek, first, last, moves, substitute, fromYear, toYear);
        }

        @Override
        int kindOrder() {
            return 3;
        }


        @Override
        void appendPattern(StringBuilder sb) {
            sb.append(shortName(dayOfWeek)).append(" between ").append(text(first)).append(" and ").append(text(last));
        }

        static String text(MonthDay md) {
            return String.format(Locale.ROOT, "%02d-%02d", md.getMonthValue(), md.getDayOfMonth());
        }
    }
}

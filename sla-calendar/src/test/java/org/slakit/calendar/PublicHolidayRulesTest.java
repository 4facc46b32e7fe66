package org.slakit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "what public holiday calendars need": chained substitute days, a date moved the other
 * way, a weekday within a window of dates, and yearly special hours.
 */
class PublicHolidayRulesTest {

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static final BusinessCalendar UK = BusinessCalendar.parse("""
            zone Europe/London
            Mon-Fri 09:00-17:00
            closed yearly 12-25 substitute   # Christmas Day
            closed yearly 12-26 substitute   # Boxing Day
            closed yearly 01-01 substitute   # New Year's Day
            """);

    @Test
    void substitutes_chain_whenChristmasAndBoxingDayFallOnAWeekend() {
        // 2021: Sat 25 and Sun 26 -> Mon 27 and Tue 28
        assertThat(UK.isBusinessDay(d("2021-12-24"))).isTrue();
        assertThat(UK.isBusinessDay(d("2021-12-27"))).isFalse();
        assertThat(UK.isBusinessDay(d("2021-12-28"))).isFalse();
        assertThat(UK.isBusinessDay(d("2021-12-29"))).isTrue();
        // 2022: Sun 25, Mon 26 -> Boxing Day stays on Monday, Christmas moves to Tuesday 27
        assertThat(UK.isBusinessDay(d("2022-12-26"))).isFalse();
        assertThat(UK.isBusinessDay(d("2022-12-27"))).isFalse();
        assertThat(UK.isBusinessDay(d("2022-12-28"))).isTrue();
        // 2020: Fri 25, Sat 26 -> Boxing Day moves to Monday 28
        assertThat(UK.isBusinessDay(d("2020-12-25"))).isFalse();
        assertThat(UK.isBusinessDay(d("2020-12-28"))).isFalse();
        assertThat(UK.isBusinessDay(d("2020-12-29"))).isTrue();
        // New Year's Day 2023 (Sunday) on Monday 2 January; 2028 (Saturday) on Monday 3 January
        assertThat(UK.isBusinessDay(d("2023-01-02"))).isFalse();
        assertThat(UK.isBusinessDay(d("2023-01-03"))).isTrue();
        assertThat(UK.isBusinessDay(d("2028-01-03"))).isFalse();
        assertThat(UK.businessDaysBetween(d("2021-12-20"), d("2022-01-10"))).isEqualTo(15 - 3);
    }

    @Test
    void substitute_onItsOwn_movesAWeekendDateToMonday() {
        HolidayRule boxingDay = HolidayRule.parse("12-26 substitute");
        assertThat(boxingDay).isEqualTo(HolidayRule.fixed(Month.DECEMBER, 26).substitute());
        assertThat(boxingDay.isSubstitute()).isTrue();
        assertThat(boxingDay.dateFor(2021)).contains(d("2021-12-27"));
        assertThat(boxingDay.dateFor(2022)).contains(d("2022-12-26"));
        assertThat(boxingDay.toString()).isEqualTo("12-26 substitute");
        assertThat(UK.toString()).isEqualTo("zone Europe/London\nMon-Fri 09:00-17:00\nclosed yearly 01-01 substitute\n"
                + "closed yearly 12-25 substitute\nclosed yearly 12-26 substitute\n");
        assertThat(BusinessCalendar.parse(UK.toString())).isEqualTo(UK);
    }

    @Test
    void kingsDay_movesFromSundayToTheSaturdayBefore() {
        HolidayRule kingsDay = HolidayRule.parse("04-27 if Sun -1");
        assertThat(kingsDay).isEqualTo(HolidayRule.fixed(Month.APRIL, 27).movedIf(DayOfWeek.SUNDAY, -1));
        assertThat(kingsDay.dateFor(2025)).contains(d("2025-04-26")); // the 27th is a Sunday
        assertThat(kingsDay.dateFor(2026)).contains(d("2026-04-27")); // a Monday: stays
        assertThat(kingsDay.matches(d("2025-04-27"))).isFalse();
        assertThat(kingsDay.toString()).isEqualTo("04-27 if Sun -1");
        BusinessCalendar nl = BusinessCalendar.parse("zone Europe/Amsterdam\nMon-Sat 09:00-17:00\nclosed yearly 04-27 if Sun -1\n");
        assertThat(nl.isBusinessDay(d("2025-04-26"))).isFalse();
        assertThat(nl.isBusinessDay(d("2026-04-27"))).isFalse();
        assertThat(nl.isBusinessDay(d("2026-04-25"))).isTrue();
    }

    @Test
    void observed_isTheSameAsItsTwoMoves() {
        HolidayRule spelled = HolidayRule.parse("07-04 if Sat -1 if Sun +1");
        assertThat(spelled).isEqualTo(HolidayRule.parse("07-04 observed")).hasSameHashCodeAs(HolidayRule.parse("07-04 observed"));
        assertThat(spelled.toString()).isEqualTo("07-04 observed");
        assertThat(spelled.isObserved()).isTrue();
        assertThat(HolidayRule.parse("07-04 if Sun +1 if Sat -1")).isEqualTo(spelled);
    }

    @Test
    void midsummerEve_isTheFridayBetweenJune19And25() {
        HolidayRule midsummerEve = HolidayRule.parse("Fri between 06-19 and 06-25");
        assertThat(midsummerEve).isEqualTo(HolidayRule.weekdayBetween(DayOfWeek.FRIDAY, MonthDay.of(6, 19), MonthDay.of(6, 25)));
        assertThat(midsummerEve.dateFor(2026)).contains(d("2026-06-19"));
        assertThat(midsummerEve.dateFor(2025)).contains(d("2025-06-20"));
        assertThat(midsummerEve.dateFor(2027)).contains(d("2027-06-25"));
        assertThat(midsummerEve.toString()).isEqualTo("Fri between 06-19 and 06-25");
        assertThat(midsummerEve).isInstanceOfSatisfying(HolidayRule.WeekdayInWindow.class, r -> {
            assertThat(r.dayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(r.first()).isEqualTo(MonthDay.of(6, 19));
            assertThat(r.last()).isEqualTo(MonthDay.of(6, 25));
        });
        // a window shorter than a week can miss the weekday: the Monday of 06-02..06-03 in 2026 (Tue, Wed)
        assertThat(HolidayRule.parse("Mon between 06-02 and 06-03").dateFor(2026)).isEmpty();
        // February 29 as a first date starts on March 1 in other years
        assertThat(HolidayRule.parse("Sun between 02-29 and 03-07").dateFor(2026)).contains(d("2026-03-01"));
        BusinessCalendar se = BusinessCalendar.parse("zone Europe/Stockholm\nMon-Fri 08:00-17:00\nclosed yearly Fri between 06-19 and 06-25\n");
        assertThat(se.isBusinessDay(d("2025-06-20"))).isFalse();
        assertThat(se.isBusinessDay(d("2025-06-19"))).isTrue();
        assertThat(BusinessCalendar.parse(se.toString())).isEqualTo(se);
    }

    @Test
    void yearlySpecialHours_everyYear_belowDatedSpecialHoursAndHolidays() {
        BusinessCalendar c = BusinessCalendar.parse("""
                zone Europe/Berlin
                Mon-Fri 09:00-17:00
                yearly 12-24 09:00-12:00   # Christmas Eve
                yearly 12-31 09:00-12:00   # New Year's Eve
                2026-12-24 10:00-11:00
                closed 2027-12-31
                """);
        assertThat(c.openPeriodsOn(d("2025-12-24"))).containsExactly(
                BusinessCalendarTest.period("2025-12-24T09:00+01:00", "2025-12-24T12:00+01:00"));
        assertThat(c.openPeriodsOn(d("2030-12-31"))).containsExactly(
                BusinessCalendarTest.period("2030-12-31T09:00+01:00", "2030-12-31T12:00+01:00"));
        assertThat(c.openPeriodsOn(d("2026-12-24"))).containsExactly(
                BusinessCalendarTest.period("2026-12-24T10:00+01:00", "2026-12-24T11:00+01:00"));
        assertThat(c.openPeriodsOn(d("2027-12-31"))).isEmpty();
        assertThat(c.isBusinessDay(d("2022-12-24"))).isTrue(); // a Saturday, open by the yearly hours
        assertThat(c.openPeriodsOn(d("2025-12-23"))).containsExactly(
                BusinessCalendarTest.period("2025-12-23T09:00+01:00", "2025-12-23T17:00+01:00"));
        assertThat(c.toString()).isEqualTo("zone Europe/Berlin\nMon-Fri 09:00-17:00\nclosed 2027-12-31\n"
                + "yearly 12-24 09:00-12:00\nyearly 12-31 09:00-12:00\n2026-12-24 10:00-11:00\n");
        assertThat(BusinessCalendar.parse(c.toString())).isEqualTo(c);
        BusinessCalendar built = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                .open(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
                .special(HolidayRule.fixed(Month.DECEMBER, 31), LocalTime.of(9, 0), LocalTime.of(12, 0))
                .special(HolidayRule.fixed(Month.DECEMBER, 24), LocalTime.of(9, 0), LocalTime.of(12, 0))
                .special(LocalDate.of(2026, 12, 24), LocalTime.of(10, 0), LocalTime.of(11, 0))
                .closed(LocalDate.of(2027, 12, 31))
                .build();
        assertThat(built).isEqualTo(c);
        // yearly special hours alone are open hours
        assertThat(BusinessCalendar.parse("zone UTC\nyearly 12-24 09:00-12:00\n").nextOpen(java.time.Instant.parse("2026-01-01T00:00:00Z")))
                .isEqualTo(java.time.Instant.parse("2026-12-24T09:00:00Z"));
    }

    @Test
    void conflictingMoves_failAsBuildersDo() {
        assertThatThrownBy(() -> HolidayRule.fixed(Month.DECEMBER, 25).observed().substitute())
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("Rule '12-25 observed' already says how weekend dates move: 'substitute' cannot be added");
        assertThatThrownBy(() -> HolidayRule.fixed(Month.DECEMBER, 25).substitute().observed())
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("Rule '12-25 substitute' already says how weekend dates move: 'observed' cannot be added");
        assertThatThrownBy(() -> HolidayRule.fixed(Month.APRIL, 27).movedIf(DayOfWeek.SUNDAY, -1).movedIf(DayOfWeek.SUNDAY, 1))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("Rule '04-27 if Sun -1' already says where a date on Sun goes: 'if Sun' cannot be added");
        assertThatThrownBy(() -> HolidayRule.fixed(Month.APRIL, 27).movedIf(DayOfWeek.SUNDAY, 0))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("A move of 0 days: expected -6 to -1 or 1 to 6");
        assertThat(HolidayRule.fixed(Month.APRIL, 27).observed().observed()).isEqualTo(HolidayRule.fixed(Month.APRIL, 27).observed());
        assertThatThrownBy(() -> HolidayRule.weekdayBetween(DayOfWeek.FRIDAY, MonthDay.of(6, 25), MonthDay.of(6, 19)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Window 06-25 to 06-19 ends before it starts: expected the last date on or after the first, in the same year");
    }

    @Test
    void badText_namesTheLineAndWhatWasExpected() {
        String head = "zone UTC\nMon 09:00-17:00\n";
        assertThatThrownBy(() -> BusinessCalendar.parse(head + "closed yearly 12-25 observed substitute\n"))
                .hasMessage("line 3 'closed yearly 12-25 observed substitute': unexpected 'substitute' after the rule:"
                        + " expected 'observed', 'substitute' or 'if <day> <+N or -N>', then 'from YYYY', then 'to YYYY', in that order");
        assertThatThrownBy(() -> BusinessCalendar.parse(head + "closed yearly 04-27 if Sun\n"))
                .hasMessage("line 3 'closed yearly 04-27 if Sun': expected 'if <day> <+N or -N>' such as 'if Sun -1'");
        assertThatThrownBy(() -> BusinessCalendar.parse(head + "closed yearly 04-27 if Sun -1 if Sun -2\n"))
                .hasMessage("line 3 'closed yearly 04-27 if Sun -1 if Sun -2': Rule '04-27 if Sun -1' already says where a date"
                        + " on Sun goes: 'if Sun' cannot be added");
        assertThatThrownBy(() -> BusinessCalendar.parse(head + "closed yearly 04-27 if Sunday -1\n"))
                .hasMessageStartingWith("line 3 'closed yearly 04-27 if Sunday -1': unknown day 'Sunday': ");
        assertThatThrownBy(() -> BusinessCalendar.parse(head + "closed yearly Fri between 06-25 and 06-19\n"))
                .hasMessage("line 3 'closed yearly Fri between 06-25 and 06-19': Window 06-25 to 06-19 ends before it starts:"
                        + " expected the last date on or after the first, in the same year");
        assertThatThrownBy(() -> BusinessCalendar.parse(head + "closed yearly Fri between 06-19\n"))
                .hasMessage("line 3 'closed yearly Fri between 06-19': expected '<day> between MM-DD and MM-DD', such as"
                        + " 'Fri between 06-19 and 06-25'");
        assertThatThrownBy(() -> BusinessCalendar.parse(head + "closed yearly Fri between 06-19 and 6-25\n"))
                .hasMessage("line 3 'closed yearly Fri between 06-19 and 6-25': '6-25' is not a month and day: expected MM-DD such as 06-19");
        assertThatThrownBy(() -> BusinessCalendar.parse(head + "yearly 12-24\n"))
                .hasMessage("line 3 'yearly 12-24': expected one or more periods such as 09:00-12:00 after the rule '12-24'");
        assertThatThrownBy(() -> BusinessCalendar.parse(head + "yearly 09:00-12:00\n"))
                .hasMessage("line 3 'yearly 09:00-12:00': expected a rule after 'yearly': MM-DD, 3rd Mon of Jan, last Mon of May or Easter+1");
        assertThatThrownBy(() -> BusinessCalendar.parse(head + "yearly 12-24 9-12\n"))
                .hasMessage("line 3 'yearly 12-24 9-12': unexpected '9-12' after the rule: expected 'observed', 'substitute' or"
                        + " 'if <day> <+N or -N>', then 'from YYYY', then 'to YYYY', in that order");
    }
}

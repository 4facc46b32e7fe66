package org.slakit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HolidayRuleTest {

    private static Optional<LocalDate> date(String iso) {
        return Optional.of(LocalDate.parse(iso));
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                // rule, year, date it closes (null: none that year), text form
                Arguments.of(HolidayRule.fixed(Month.DECEMBER, 25), 2026, "2026-12-25", "12-25"),
                Arguments.of(HolidayRule.fixed(MonthDay.of(1, 1)), 2027, "2027-01-01", "01-01"),
                Arguments.of(HolidayRule.fixed(Month.FEBRUARY, 29), 2024, "2024-02-29", "02-29"),
                Arguments.of(HolidayRule.fixed(Month.FEBRUARY, 29), 2026, null, "02-29"),
                Arguments.of(HolidayRule.fixed(Month.FEBRUARY, 29), 2100, null, "02-29"),
                Arguments.of(HolidayRule.fixed(Month.FEBRUARY, 29), 2000, "2000-02-29", "02-29"),
                Arguments.of(HolidayRule.nthWeekday(3, DayOfWeek.MONDAY, Month.JANUARY), 2026, "2026-01-19", "3rd Mon of Jan"),
                Arguments.of(HolidayRule.nthWeekday(4, DayOfWeek.THURSDAY, Month.NOVEMBER), 2026, "2026-11-26", "4th Thu of Nov"),
                Arguments.of(HolidayRule.nthWeekday(1, DayOfWeek.SUNDAY, Month.FEBRUARY), 2026, "2026-02-01", "1st Sun of Feb"),
                Arguments.of(HolidayRule.nthWeekday(2, DayOfWeek.SUNDAY, Month.FEBRUARY), 2026, "2026-02-08", "2nd Sun of Feb"),
                Arguments.of(HolidayRule.nthWeekday(5, DayOfWeek.MONDAY, Month.MARCH), 2026, "2026-03-30", "5th Mon of Mar"),
                Arguments.of(HolidayRule.nthWeekday(5, DayOfWeek.FRIDAY, Month.FEBRUARY), 2026, null, "5th Fri of Feb"),
                Arguments.of(HolidayRule.nthWeekday(5, DayOfWeek.SUNDAY, Month.FEBRUARY), 2032, "2032-02-29", "5th Sun of Feb"),
                Arguments.of(HolidayRule.lastWeekday(DayOfWeek.MONDAY, Month.MAY), 2026, "2026-05-25", "last Mon of May"),
                Arguments.of(HolidayRule.lastWeekday(DayOfWeek.MONDAY, Month.MAY), 2027, "2027-05-31", "last Mon of May"),
                Arguments.of(HolidayRule.lastWeekday(DayOfWeek.SUNDAY, Month.FEBRUARY), 2032, "2032-02-29", "last Sun of Feb"),
                Arguments.of(HolidayRule.easter(0), 2026, "2026-04-05", "Easter"),
                Arguments.of(HolidayRule.easter(-2), 2026, "2026-04-03", "Easter-2"),
                Arguments.of(HolidayRule.easter(1), 2026, "2026-04-06", "Easter+1"),
                Arguments.of(HolidayRule.easter(39), 2026, "2026-05-14", "Easter+39"),
                Arguments.of(HolidayRule.easter(49), 2026, "2026-05-24", "Easter+49"),
                // observed: Saturday to the Friday before, Sunday to the Monday after
                Arguments.of(HolidayRule.fixed(Month.JULY, 4).observed(), 2026, "2026-07-03", "07-04 observed"),
                Arguments.of(HolidayRule.fixed(Month.DECEMBER, 25).observed(), 2021, "2021-12-24", "12-25 observed"),
                Arguments.of(HolidayRule.fixed(Month.DECEMBER, 25).observed(), 2022, "2022-12-26", "12-25 observed"),
                Arguments.of(HolidayRule.fixed(Month.DECEMBER, 25).observed(), 2026, "2026-12-25", "12-25 observed"),
                // across the year boundary: New Year's Day 2022 was a Saturday
                Arguments.of(HolidayRule.fixed(Month.JANUARY, 1).observed(), 2022, "2021-12-31", "01-01 observed"),
                Arguments.of(HolidayRule.fixed(Month.JANUARY, 1).observed(), 2023, "2023-01-02", "01-01 observed"),
                Arguments.of(HolidayRule.fixed(Month.DECEMBER, 31).observed(), 2028, "2029-01-01", "12-31 observed"),
                Arguments.of(HolidayRule.easter(0).observed(), 2026, "2026-04-06", "Easter observed"),
                Arguments.of(HolidayRule.easter(-1).observed(), 2026, "2026-04-03", "Easter-1 observed"),
                // year ranges, by the year the rule is computed for
                Arguments.of(HolidayRule.fixed(Month.JANUARY, 1).observed().from(2022), 2022, "2021-12-31", "01-01 observed from 2022"),
                Arguments.of(HolidayRule.fixed(Month.JANUARY, 1).observed().from(2022), 2021, null, "01-01 observed from 2022"),
                Arguments.of(HolidayRule.fixed(Month.JANUARY, 1).to(2021), 2022, null, "01-01 to 2021"),
                Arguments.of(HolidayRule.fixed(Month.JANUARY, 1).from(2020).to(2030), 2030, "2030-01-01", "01-01 from 2020 to 2030"),
                Arguments.of(HolidayRule.fixed(Month.JANUARY, 1).from(2020).to(2030), 2031, null, "01-01 from 2020 to 2030"),
                Arguments.of(HolidayRule.lastWeekday(DayOfWeek.MONDAY, Month.MAY).observed().from(1971), 2026, "2026-05-25",
                        "last Mon of May observed from 1971"));
    }

    @ParameterizedTest(name = "{3} in {1}: {2}")
    @MethodSource("rules")
    void dateFor_andToString(HolidayRule rule, int year, String expected, String text) {
        assertThat(rule.dateFor(year)).isEqualTo(expected == null ? Optional.empty() : date(expected));
        assertThat(rule.toString()).isEqualTo(text);
        if (expected != null) {
            assertThat(rule.matches(LocalDate.parse(expected))).isTrue();
        }
        // the text form reads back to an equal rule inside a calendar
        BusinessCalendar c = BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\nclosed yearly " + text + "\n");
        assertThat(c).isEqualTo(BusinessCalendar.builder(java.time.ZoneId.of("UTC"))
                .open(java.util.EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0))
                .closed(rule).build());
    }

    @Test
    void observed_theWeekendDateItselfIsNotClosed() {
        HolidayRule newYear = HolidayRule.fixed(Month.JANUARY, 1).observed();
        assertThat(newYear.matches(LocalDate.parse("2021-12-31"))).isTrue();
        assertThat(newYear.matches(LocalDate.parse("2022-01-01"))).isFalse();
        assertThat(newYear.matches(LocalDate.parse("2023-01-01"))).isFalse();
        assertThat(newYear.matches(LocalDate.parse("2023-01-02"))).isTrue();
        assertThat(newYear.isObserved()).isTrue();
        assertThat(HolidayRule.fixed(Month.JANUARY, 1).isObserved()).isFalse();
    }

    @Test
    void observedAcrossTheYearBoundary_inACalendar() {
        BusinessCalendar c = BusinessCalendar.parse("""
                zone America/New_York
                Mon-Fri 09:00-17:00
                closed yearly 01-01 observed from 2022
                """);
        // Friday 2021-12-31 is New Year's Day 2022 observed, though 2021 is before the range
        assertThat(c.isOpen(BusinessCalendarTest.at("2021-12-31T10:00-05:00[America/New_York]"))).isFalse();
        assertThat(c.isOpen(BusinessCalendarTest.at("2021-01-01T10:00-05:00[America/New_York]"))).isTrue();
        assertThat(c.nextOpen(BusinessCalendarTest.at("2021-12-30T17:00-05:00[America/New_York]")))
                .isEqualTo(BusinessCalendarTest.at("2022-01-03T09:00-05:00[America/New_York]"));
        assertThat(c.isBusinessDay(LocalDate.parse("2021-12-31"))).isFalse();
        assertThat(c.businessDaysBetween(LocalDate.parse("2021-12-27"), LocalDate.parse("2022-01-03"))).isEqualTo(4);
    }

    @Test
    void easter_matchesTheTableOfKnownDates() {
        for (Map.Entry<Integer, LocalDate> e : EasterTable.SUNDAYS.entrySet()) {
            assertThat(e.getValue().getDayOfWeek()).as("table entry %s", e.getValue()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(HolidayRule.easter(0).dateFor(e.getKey())).as("Easter %s", e.getKey()).contains(e.getValue());
        }
        assertThat(EasterTable.SUNDAYS).containsKeys(2000, 2030, 2035);
    }

    @Test
    void easter_inACalendar_goodFridayAndEasterMonday() {
        BusinessCalendar c = BusinessCalendar.parse("""
                zone Europe/Berlin
                Mon-Fri 09:00-17:00
                closed yearly Easter-2
                closed yearly Easter+1
                """);
        assertThat(c.plus(BusinessCalendarTest.at("2026-04-02T16:00+02:00[Europe/Berlin]"), java.time.Duration.ofHours(2)))
                .isEqualTo(BusinessCalendarTest.at("2026-04-07T10:00+02:00[Europe/Berlin]"));
        assertThat(c.isOpen(Instant.parse("2027-03-26T10:00:00Z"))).isFalse(); // Good Friday 2027
        assertThat(c.isOpen(Instant.parse("2027-03-29T10:00:00Z"))).isFalse(); // Easter Monday 2027
        assertThat(c.isOpen(Instant.parse("2027-03-30T10:00:00Z"))).isTrue();
    }

    @Test
    void badArguments() {
        assertThatThrownBy(() -> HolidayRule.fixed(Month.FEBRUARY, 30)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> HolidayRule.fixed(Month.APRIL, 31)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> HolidayRule.fixed(Month.APRIL, 0)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> HolidayRule.nthWeekday(0, DayOfWeek.MONDAY, Month.MAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
        assertThatThrownBy(() -> HolidayRule.nthWeekday(6, DayOfWeek.MONDAY, Month.MAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6");
        assertThatThrownBy(() -> HolidayRule.easter(367)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("367");
        assertThatThrownBy(() -> HolidayRule.easter(-367)).isInstanceOf(IllegalArgumentException.class);
        assertThat(HolidayRule.easter(366).dateFor(2026)).contains(LocalDate.parse("2027-04-06"));
        assertThatThrownBy(() -> HolidayRule.fixed(Month.MAY, 1).from(2030).to(2020))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2030").hasMessageContaining("2020");
        assertThatThrownBy(() -> HolidayRule.fixed(Month.MAY, 1).to(2020).from(2030))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2030").hasMessageContaining("2020");
        assertThatThrownBy(() -> HolidayRule.fixed((Month) null, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> HolidayRule.fixed((MonthDay) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> HolidayRule.nthWeekday(1, null, Month.MAY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> HolidayRule.nthWeekday(1, DayOfWeek.MONDAY, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> HolidayRule.lastWeekday(null, Month.MAY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> HolidayRule.fixed(Month.MAY, 1).matches(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equalsAndHashCode() {
        HolidayRule a = HolidayRule.fixed(Month.DECEMBER, 25);
        HolidayRule b = HolidayRule.fixed(MonthDay.of(12, 25));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(a.observed());
        assertThat(a).isNotEqualTo(a.from(2020));
        assertThat(a.from(2020)).isNotEqualTo(a.to(2020));
        assertThat(HolidayRule.nthWeekday(5, DayOfWeek.MONDAY, Month.MAY)).isNotEqualTo(HolidayRule.lastWeekday(DayOfWeek.MONDAY, Month.MAY));
        assertThat(HolidayRule.easter(1)).isNotEqualTo(HolidayRule.easter(-1)).isNotEqualTo("Easter+1");
        // the same date every year in 2026, but a different rule
        assertThat(HolidayRule.easter(0)).isNotEqualTo(HolidayRule.fixed(Month.APRIL, 5));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("rules")
    void parse_readsTheTextFormBackToAnEqualRule(HolidayRule rule, int year, String expected, String text) {
        assertThat(HolidayRule.parse(text)).isEqualTo(rule).hasSameHashCodeAs(rule);
        assertThat(HolidayRule.parse("  " + text.toUpperCase(java.util.Locale.ROOT).replace(" ", "\t ") + " ")).isEqualTo(rule);
        assertThat(HolidayRule.parse(rule.toString()).toString()).isEqualTo(text);
    }

    @Test
    void parse_namesTheTextAndWhatWasExpected() {
        assertThatThrownBy(() -> HolidayRule.parse("Christmas"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid holiday rule 'Christmas': 'Christmas' is not a yearly rule: expected MM-DD, Easter,"
                        + " Easter+N, Easter-N, '3rd Mon of Jan', 'last Mon of May' or 'Fri between 06-19 and 06-25'");
        assertThatThrownBy(() -> HolidayRule.parse(" "))
                .hasMessage("Invalid holiday rule '': expected a rule: MM-DD, 3rd Mon of Jan, last Mon of May or Easter+1");
        assertThatThrownBy(() -> HolidayRule.parse("12-25 from 2030 to 2020"))
                .hasMessage("Invalid holiday rule '12-25 from 2030 to 2020': Holiday years are reversed: from 2030 to 2020");
        assertThatThrownBy(() -> HolidayRule.parse("Easter+400"))
                .hasMessage("Invalid holiday rule 'Easter+400': Easter offset must be -366 to 366 days, not 400");
        assertThatThrownBy(() -> HolidayRule.parse("12-25 to 10000"))
                .hasMessage("Invalid holiday rule '12-25 to 10000': expected a year (1 to 9999) after 'to'");
        assertThatThrownBy(() -> HolidayRule.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void eachKind_hasItsOwnClassAndFields() {
        assertThat(HolidayRule.fixed(Month.DECEMBER, 25)).isInstanceOfSatisfying(HolidayRule.FixedDate.class,
                r -> assertThat(r.monthDay()).isEqualTo(MonthDay.of(12, 25)));
        assertThat(HolidayRule.nthWeekday(3, DayOfWeek.MONDAY, Month.JANUARY).observed())
                .isInstanceOfSatisfying(HolidayRule.WeekdayOfMonth.class, r -> {
                    assertThat(r.ordinal()).hasValue(3);
                    assertThat(r.dayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
                    assertThat(r.month()).isEqualTo(Month.JANUARY);
                    assertThat(r.isObserved()).isTrue();
                });
        assertThat(HolidayRule.lastWeekday(DayOfWeek.MONDAY, Month.MAY))
                .isInstanceOfSatisfying(HolidayRule.WeekdayOfMonth.class, r -> assertThat(r.ordinal()).isEmpty());
        assertThat(HolidayRule.easter(-2).from(2000)).isInstanceOfSatisfying(HolidayRule.EasterOffset.class,
                r -> assertThat(r.offsetDays()).isEqualTo(-2));
    }

    @Test
    void yearRange_isLimitedToTheSupportedYears() {
        assertThatThrownBy(() -> HolidayRule.easter(0).to(10000)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("year 10000 is outside 1 to 9999");
        assertThatThrownBy(() -> HolidayRule.easter(0).from(-5)).hasMessage("year -5 is outside 1 to 9999");
        assertThat(HolidayRule.easter(0).from(1).to(9999).dateFor(9999)).contains(LocalDate.parse("9999-03-28"));
        assertThat(HolidayRule.fixed(Month.JANUARY, 1).dateFor(0)).isEmpty();
    }

    /** Killed PIT mutants of the yearly rules (README, "Mutation testing"). */
    @org.junit.jupiter.api.Nested
    class MutationSurvivors {

        @Test
        void theLargestOffsetsAndMoves_areAccepted() {
            assertThat(HolidayRule.easter(366).dateFor(2026)).contains(LocalDate.of(2027, 4, 6));
            assertThat(HolidayRule.easter(-366)).hasToString("Easter-366");
            assertThat(HolidayRule.fixed(Month.JULY, 4).movedIf(DayOfWeek.SUNDAY, 6)).hasToString("07-04 if Sun +6");
            assertThat(HolidayRule.fixed(Month.JULY, 4).movedIf(DayOfWeek.SATURDAY, -6)).hasToString("07-04 if Sat -6");
        }

        @Test
        void aRuleOfOneYear_mayBeWrittenToThenFrom() {
            assertThat(HolidayRule.fixed(Month.DECEMBER, 25).to(2026).from(2026)).hasToString("12-25 from 2026 to 2026");
            assertThatThrownBy(() -> HolidayRule.fixed(Month.DECEMBER, 25).to(2026).from(2027))
                    .hasMessage("Holiday years are reversed: from 2027 to 2026");
        }

        @Test
        void differentRules_haveDifferentHashCodes() {
            // a hash set of 100,000 rules (CalendarLimitsTest) depends on it
            assertThat(HolidayRule.fixed(Month.DECEMBER, 25).hashCode())
                    .isNotEqualTo(HolidayRule.fixed(Month.DECEMBER, 26).hashCode())
                    .isNotEqualTo(HolidayRule.easter(1).hashCode())
                    .isEqualTo(HolidayRule.fixed(Month.DECEMBER, 25).hashCode());
        }

        @Test
        void ordinalsOfOneWeekdayAndMonth_areDifferentRules_inOrderWithLastLast() {
            BusinessCalendar c = BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\nclosed yearly last Mon of May\n"
                    + "closed yearly 2nd Mon of May\nclosed yearly 1st Mon of May\nclosed yearly 12-25\n");
            // Mondays of May 2026: 4, 11, 18, 25
            assertThat(c.isBusinessDay(LocalDate.of(2026, 5, 4))).isFalse();
            assertThat(c.isBusinessDay(LocalDate.of(2026, 5, 11))).isFalse();
            assertThat(c.isBusinessDay(LocalDate.of(2026, 5, 18))).isTrue();
            assertThat(c.isBusinessDay(LocalDate.of(2026, 5, 25))).isFalse();
            // fixed dates first, then weekdays of a month
            assertThat(c.toString()).isEqualTo("zone UTC\nMon-Fri 09:00-17:00\nclosed yearly 12-25\nclosed yearly 1st Mon of May\n"
                    + "closed yearly 2nd Mon of May\nclosed yearly last Mon of May\n");
        }

        @Test
        void theFourKindsOfRules_areWrittenFixedDatesFirst_thenWeekdaysOfAMonth_Easter_andWeekdaysInAWindow() {
            BusinessCalendar c = BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\nclosed yearly Fri between 06-19 and 06-25\n"
                    + "closed yearly Easter+1\nclosed yearly 1st Mon of May\nclosed yearly 12-25\n");
            assertThat(c.toString()).isEqualTo("zone UTC\nMon-Fri 09:00-17:00\nclosed yearly 12-25\nclosed yearly 1st Mon of May\n"
                    + "closed yearly Easter+1\nclosed yearly Fri between 06-19 and 06-25\n");
        }

        @Test
        void substituteRules_holdInTheirFirstAndLastYears_andInTheFirstAndLastSupportedYears() {
            BusinessCalendar c = BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\nclosed yearly 12-25 substitute from 2026 to 2026\n"
                    + "closed yearly 01-01 substitute\nclosed yearly 12-31 substitute\n");
            assertThat(c.isBusinessDay(LocalDate.of(2026, 12, 25))).isFalse(); // a Friday
            assertThat(c.isBusinessDay(LocalDate.of(2025, 12, 25))).isTrue(); // a Thursday, before the rule's years
            assertThat(c.isBusinessDay(LocalDate.of(2027, 12, 27))).isTrue(); // the Monday after Saturday 12-25, after them
            assertThat(c.isBusinessDay(LocalDate.of(1, 1, 1))).isFalse(); // a Monday
            assertThat(c.isBusinessDay(LocalDate.of(1, 1, 2))).isTrue();
            assertThat(c.isBusinessDay(LocalDate.of(9999, 12, 31))).isFalse(); // a Friday
            assertThat(c.isBusinessDay(LocalDate.of(9999, 12, 30))).isTrue();
        }
    }
}

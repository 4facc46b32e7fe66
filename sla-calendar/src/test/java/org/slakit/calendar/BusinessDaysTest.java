package org.slakit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Examples of the contract, every expected instant written out by hand. Dates used: March 2026
 * (New York on EDT from Sunday 2026-03-08, Europe still on winter time until 2026-03-29),
 * Monday 2026-03-09 .. Sunday 2026-03-15.
 */
/**
 * The business-day side of {@link BusinessCalendar} ({@link BusinessDays}): business days, counting
 * them, moving by them, and the search horizon they share with the instant arithmetic.
 */
class BusinessDaysTest {

    private static final BusinessCalendar NINE_TO_FIVE = BusinessCalendar.parse("""
            zone America/New_York
            Mon-Fri 09:00-17:00
            """);

    static Instant at(String zonedDateTime) {
        return ZonedDateTime.parse(zonedDateTime).toInstant();
    }

    // ------------------------------------------------------------------ business days

    static Stream<Arguments> businessDays() {
        return Stream.of(
                // start, days, result: from the issue
                Arguments.of("2026-03-10T15:00-04:00[America/New_York]", 1, "2026-03-11T15:00-04:00[America/New_York]"),
                Arguments.of("2026-03-13T15:00-04:00[America/New_York]", 1, "2026-03-16T15:00-04:00[America/New_York]"),
                Arguments.of("2026-03-14T12:00-04:00[America/New_York]", 1, "2026-03-17T09:00-04:00[America/New_York]"),
                Arguments.of("2026-03-14T12:00-04:00[America/New_York]", 0, "2026-03-16T09:00-04:00[America/New_York]"),
                Arguments.of("2026-03-10T15:00-04:00[America/New_York]", 5, "2026-03-17T15:00-04:00[America/New_York]"),
                Arguments.of("2026-03-10T15:00-04:00[America/New_York]", 0, "2026-03-10T15:00-04:00[America/New_York]"),
                Arguments.of("2026-03-10T18:00-04:00[America/New_York]", 1, "2026-03-12T09:00-04:00[America/New_York]"),
                // across the spring change the local time is kept
                Arguments.of("2026-03-06T15:00-05:00[America/New_York]", 1, "2026-03-09T15:00-04:00[America/New_York]"),
                // negative days go back symmetrically
                Arguments.of("2026-03-11T15:00-04:00[America/New_York]", -1, "2026-03-10T15:00-04:00[America/New_York]"),
                Arguments.of("2026-03-16T15:00-04:00[America/New_York]", -1, "2026-03-13T15:00-04:00[America/New_York]"),
                Arguments.of("2026-03-14T12:00-04:00[America/New_York]", -1, "2026-03-12T17:00-04:00[America/New_York]"),
                Arguments.of("2026-03-16T15:00-04:00[America/New_York]", -5, "2026-03-09T15:00-04:00[America/New_York]"),
                Arguments.of("2026-03-09T15:00-04:00[America/New_York]", -1, "2026-03-06T15:00-05:00[America/New_York]"));
    }

    @ParameterizedTest(name = "{0} + {1} business days = {2}")
    @MethodSource("businessDays")
    void plusBusinessDays_nineToFive(String start, int days, String expected) {
        assertThat(NINE_TO_FIVE.plusBusinessDays(at(start), days)).isEqualTo(at(expected));
        if (days != Integer.MIN_VALUE) {
            assertThat(NINE_TO_FIVE.minusBusinessDays(at(start), -days)).isEqualTo(at(expected));
        }
    }

    @Test
    void plusBusinessDays_shortDayMovesBackToItsClose_lateDayForwardToItsOpening_breaksAsDocumented() {
        BusinessCalendar c = BusinessCalendar.parse("""
                zone America/New_York
                Mon-Fri 09:00-17:00
                2026-03-11 09:00-12:00
                2026-03-12 13:00-17:00
                2026-03-13 09:00-12:00 13:00-17:00
                """);
        // Wednesday closes at 12:00
        assertThat(c.plusBusinessDays(at("2026-03-10T15:00-04:00[America/New_York]"), 1))
                .isEqualTo(at("2026-03-11T12:00-04:00[America/New_York]"));
        // Thursday opens at 13:00
        assertThat(c.plusBusinessDays(at("2026-03-10T10:00-04:00[America/New_York]"), 2))
                .isEqualTo(at("2026-03-12T13:00-04:00[America/New_York]"));
        // Friday has a break at 12:30: forwards to the close before it, backwards to the opening after it
        assertThat(c.plusBusinessDays(at("2026-03-10T12:30-04:00[America/New_York]"), 3))
                .isEqualTo(at("2026-03-13T12:00-04:00[America/New_York]"));
        assertThat(c.plusBusinessDays(at("2026-03-16T12:30-04:00[America/New_York]"), -1))
                .isEqualTo(at("2026-03-13T13:00-04:00[America/New_York]"));
    }

    @Test
    void plusBusinessDays_overnightShiftKeepsItsPlaceAfterMidnight() {
        BusinessCalendar c = BusinessCalendar.parse("zone UTC\nMon-Fri 22:00-06:00\n");
        // Tuesday 03:00 belongs to Monday's shift; one business day later is Tuesday's shift, at Wednesday 03:00
        assertThat(c.plusBusinessDays(Instant.parse("2026-03-10T03:00:00Z"), 1)).isEqualTo(Instant.parse("2026-03-11T03:00:00Z"));
        // Saturday 03:00 belongs to Friday's shift; the next business day is Monday, its shift runs to Tuesday 03:00
        assertThat(c.plusBusinessDays(Instant.parse("2026-03-14T03:00:00Z"), 1)).isEqualTo(Instant.parse("2026-03-17T03:00:00Z"));
        assertThat(c.plusBusinessDays(Instant.parse("2026-03-17T03:00:00Z"), -1)).isEqualTo(Instant.parse("2026-03-14T03:00:00Z"));
    }

    @Test
    void businessDaysBetween_countsDatesWithOpenTime() {
        BusinessCalendar c = BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\nclosed 2026-03-11\n");
        assertThat(c.businessDaysBetween(LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-16"))).isEqualTo(4);
        assertThat(c.businessDaysBetween(LocalDate.parse("2026-03-16"), LocalDate.parse("2026-03-09"))).isEqualTo(-4);
        assertThat(c.businessDaysBetween(LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-09"))).isZero();
        assertThat(c.businessDaysBetween(LocalDate.parse("2025-12-29"), LocalDate.parse("2026-01-05"))).isEqualTo(5);
    }

    @Test
    void businessDays_badArguments() {
        Instant t = Instant.parse("2026-03-09T10:00:00Z");
        assertThatThrownBy(() -> NINE_TO_FIVE.minusBusinessDays(t, Integer.MIN_VALUE)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining(String.valueOf(Integer.MIN_VALUE));
        // the walks from 2026 to the ends of the range are in CalendarLimitsTest; these start near the ends
        Instant late = Instant.parse("9990-03-01T10:00:00Z");
        assertThatThrownBy(() -> NINE_TO_FIVE.plusBusinessDays(late, Integer.MAX_VALUE)).isInstanceOf(DateTimeException.class)
                .hasMessage("Result after 9990-03-01T10:00:00Z lies beyond the supported range (year 9999)");
        Instant early = Instant.parse("0010-03-01T10:00:00Z");
        assertThatThrownBy(() -> NINE_TO_FIVE.plusBusinessDays(early, Integer.MIN_VALUE)).isInstanceOf(DateTimeException.class)
                .hasMessage("Result before 0010-03-01T10:00:00Z lies beyond the supported range (year 1)");
        assertThatThrownBy(() -> NINE_TO_FIVE.isBusinessDay(LocalDate.of(10000, 1, 3))).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> NINE_TO_FIVE.businessDaysBetween(LocalDate.of(0, 1, 3), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(DateTimeException.class);
        assertThat(NINE_TO_FIVE.isBusinessDay(LocalDate.of(9999, 12, 31))).isTrue(); // a Friday
    }

    /**
     * Issue 14 §5: one horizon for every search. A search gives up after 10 consecutive UTC years
     * without open time, counted after the start's year; the business-day operations used to count
     * local years, so near New Year in a zone far from UTC one operation answered where another threw.
     * Each calendar is open one hour on two dates; the years between are counted in UTC.
     */
    @Nested
    class OneSearchHorizon {

        private void answersWithNineEmptyYears(BusinessCalendar c, Instant inFirst, Instant firstClose,
                                               Instant inSecond, Instant secondOpen,
                                               Instant plusDay, Instant plusHour, Instant minusDay, Instant minusHour) {
            assertThat(c.nextOpen(firstClose)).isEqualTo(secondOpen);
            assertThat(c.plus(inFirst, Duration.ofHours(1))).isEqualTo(plusHour);
            assertThat(c.plusBusinessDays(inFirst, 1)).isEqualTo(plusDay);
            assertThat(c.minus(inSecond, Duration.ofHours(1))).isEqualTo(minusHour);
            assertThat(c.minusBusinessDays(inSecond, 1)).isEqualTo(minusDay);
            assertThat(c.plusBusinessDays(inSecond, -1)).isEqualTo(minusDay);
        }

        private void throwsWithTenEmptyYears(BusinessCalendar c, Instant inFirst, Instant firstClose, Instant inSecond) {
            assertThatThrownBy(() -> c.nextOpen(firstClose)).isInstanceOf(DateTimeException.class)
                    .hasMessage("No open time within 10 years after " + firstClose + " in calendar with zone " + c.zone());
            assertThatThrownBy(() -> c.plus(inFirst, Duration.ofHours(1))).isInstanceOf(DateTimeException.class)
                    .hasMessage("No open time within 10 years after " + inFirst + " in calendar with zone " + c.zone());
            assertThatThrownBy(() -> c.plusBusinessDays(inFirst, 1)).isInstanceOf(DateTimeException.class)
                    .hasMessage("No open time within 10 years after " + inFirst + " in calendar with zone " + c.zone());
            assertThatThrownBy(() -> c.minus(inSecond, Duration.ofHours(1))).isInstanceOf(DateTimeException.class)
                    .hasMessage("No open time within 10 years before " + inSecond + " in calendar with zone " + c.zone());
            assertThatThrownBy(() -> c.minusBusinessDays(inSecond, 1)).isInstanceOf(DateTimeException.class)
                    .hasMessage("No open time within 10 years before " + inSecond + " in calendar with zone " + c.zone());
        }

        /** Kiritimati is UTC+14: the first date, local 2030-01-01, is open in UTC year 2029. */
        @Test
        void eastOfUtc_nineEmptyUtcYearsAnswer() {
            BusinessCalendar c = BusinessCalendar.parse("""
                    zone Pacific/Kiritimati
                    2030-01-01 09:00-10:00
                    2039-06-01 10:00-11:00
                    """);
            // open 2029-12-31T19:00Z-20:00Z and 2039-05-31T20:00Z-21:00Z: UTC 2030-2038 empty (9 years)
            answersWithNineEmptyYears(c, Instant.parse("2029-12-31T19:30:00Z"), Instant.parse("2029-12-31T20:00:00Z"),
                    Instant.parse("2039-05-31T20:30:00Z"), Instant.parse("2039-05-31T20:00:00Z"),
                    Instant.parse("2039-05-31T20:00:00Z"), // 09:30 local is before 10:00: forward to the opening
                    Instant.parse("2039-05-31T20:30:00Z"),
                    Instant.parse("2029-12-31T20:00:00Z"), // 10:30 local is after 10:00: back to the close
                    Instant.parse("2029-12-31T19:30:00Z"));
        }

        /** Local years 2031-2039 are only nine, but UTC years 2030-2039 are ten: every operation throws. */
        @Test
        void eastOfUtc_tenEmptyUtcYearsThrow() {
            BusinessCalendar c = BusinessCalendar.parse("""
                    zone Pacific/Kiritimati
                    2030-01-01 09:00-10:00
                    2040-06-01 10:00-11:00
                    """);
            throwsWithTenEmptyYears(c, Instant.parse("2029-12-31T19:30:00Z"), Instant.parse("2029-12-31T20:00:00Z"),
                    Instant.parse("2040-05-31T20:30:00Z"));
        }

        /** Pago Pago is UTC-11: the first date, local 2029-12-31, is open in UTC year 2030. */
        @Test
        void westOfUtc_nineEmptyUtcYearsAnswer() {
            BusinessCalendar c = BusinessCalendar.parse("""
                    zone Pacific/Pago_Pago
                    2029-12-31 14:00-15:00
                    2040-06-01 09:00-10:00
                    """);
            // open 2030-01-01T01:00Z-02:00Z and 2040-06-01T20:00Z-21:00Z: UTC 2031-2039 empty (9 years),
            // although local years 2030-2039 are ten
            answersWithNineEmptyYears(c, Instant.parse("2030-01-01T01:30:00Z"), Instant.parse("2030-01-01T02:00:00Z"),
                    Instant.parse("2040-06-01T20:30:00Z"), Instant.parse("2040-06-01T20:00:00Z"),
                    Instant.parse("2040-06-01T21:00:00Z"), // 14:30 local is after 10:00: back to the close
                    Instant.parse("2040-06-01T20:30:00Z"),
                    Instant.parse("2030-01-01T01:00:00Z"), // 09:30 local is before 14:00: forward to the opening
                    Instant.parse("2030-01-01T01:30:00Z"));
        }

        @Test
        void westOfUtc_tenEmptyUtcYearsThrow() {
            BusinessCalendar c = BusinessCalendar.parse("""
                    zone Pacific/Pago_Pago
                    2029-12-31 14:00-15:00
                    2041-06-01 09:00-10:00
                    """);
            throwsWithTenEmptyYears(c, Instant.parse("2030-01-01T01:30:00Z"), Instant.parse("2030-01-01T02:00:00Z"),
                    Instant.parse("2041-06-01T20:30:00Z"));
        }
    }

    /** Review regressions (were ReviewRegressionTest): plusBusinessDays never goes back where a night shift meets other hours. */
    @Nested
    class PlusBusinessDaysNeverGoesBack {

        @Test
        void whenDstStretchesANightShiftPastTheNextDaysHours() {
            // Saturday's 22:00-02:30 shift ends at 03:30 on the spring-forward night, after Sunday's 03:00-03:20
            BusinessCalendar c = BusinessCalendar.parse("zone Europe/Berlin\nSat 22:00-02:30\nSun 03:00-03:20\n");
            Instant t = Instant.parse("2026-03-29T01:25:00Z"); // 03:25 CEST, inside Saturday's shift
            assertThat(c.isOpen(t)).isTrue();
            assertThat(c.plusBusinessDays(t, 1)).isEqualTo(t);
        }

        @Test
        void whenSpecialHoursSitInsideTheNightShift() {
            BusinessCalendar c = BusinessCalendar.parse("zone UTC\nFri 22:00-06:00\n2026-03-07 00:00-01:00\n");
            Instant t = Instant.parse("2026-03-07T03:00:00Z"); // Saturday 03:00, in Friday's shift
            assertThat(c.plusBusinessDays(t, 1)).isEqualTo(t);
            // and going back never lands after the start
            Instant back = c.plusBusinessDays(Instant.parse("2026-03-07T00:30:00Z"), -1);
            assertThat(back).isBeforeOrEqualTo(Instant.parse("2026-03-07T00:30:00Z"));
        }
    }

    /** Review regression: zero business days is the instant itself, also at a repeated local time (a DST overlap). */
    @Nested
    class ZeroBusinessDaysIsTheInstantItself {

        @Test
        void atTheSecondOfTwoEqualLocalTimes() {
            BusinessCalendar open = BusinessCalendar.alwaysOpen(java.time.ZoneId.of("Europe/London"));
            Instant secondOneThirty = Instant.parse("2026-10-25T01:30:00Z"); // 01:30 GMT, after 01:30 BST
            assertThat(open.plusBusinessDays(secondOneThirty, 0)).isEqualTo(secondOneThirty);
        }
    }

    /** Killed PIT mutants of the business-day logic (README, "Mutation testing"). */
    @Nested
    class MutationSurvivors {

        @Test
        void anIntersectionOfTouchingPeriods_hasNoBusinessDay() {
            BusinessCalendar afternoon = BusinessCalendar.parse("zone UTC\nMon 12:00-17:00\n");
            BusinessCalendar morning = BusinessCalendar.parse("zone UTC\nMon 09:00-12:00\n");
            BusinessCalendar both = afternoon.intersection(morning);
            assertThat(both.isBusinessDay(LocalDate.of(2026, 3, 2))).isFalse();
            assertThat(both.businessDaysBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1))).isZero();
        }

        @Test
        void anIntersectionWithFivePeriodsOnADay_keepsThemAll() {
            BusinessCalendar day = BusinessCalendar.parse("zone UTC\nMon 08:00-18:00\n");
            BusinessCalendar slots = BusinessCalendar.parse(
                    "zone UTC\nMon 08:00-08:30 09:00-09:30 10:00-10:30 11:00-11:30 12:00-12:30 13:00-13:30\n");
            assertThat(day.intersection(slots).openPeriodsOn(LocalDate.of(2026, 3, 2))).hasSize(6);
        }

        @Test
        void aPeriodThatTheSpringForwardGapSwallows_leavesNoBusinessDay() {
            // Berlin 2026-03-29: 02:00-03:00 does not exist, both ends become 03:00 CEST
            BusinessCalendar c = BusinessCalendar.parse("zone Europe/Berlin\nSun 02:00-03:00\n");
            assertThat(c.isBusinessDay(LocalDate.of(2026, 3, 29))).isFalse();
            assertThat(c.isBusinessDay(LocalDate.of(2026, 3, 22))).isTrue();
            assertThat(c.openPeriodsOn(LocalDate.of(2026, 3, 29))).isEmpty();
        }

        @Test
        void aYearlyRuleOfNextYear_thatFallsOnThisYearsLastDay_givesItsHours() {
            // 2028-01-01 is a Saturday: moved to Friday 2027-12-31
            BusinessCalendar c = BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\nyearly 01-01 if Sat -1 09:00-12:00\n");
            assertThat(c.openPeriodsOn(LocalDate.of(2027, 12, 31))).containsExactly(
                    OpenPeriod.of(Instant.parse("2027-12-31T09:00:00Z"), Instant.parse("2027-12-31T12:00:00Z")));
        }

        @Test
        void aShiftThatTheSkippedDayStretches_isOwnedByTheDateTwoDaysBack() {
            // Apia skipped 2011-12-30: Thursday 12-29 23:00 (UTC-10) to "12-30 22:00", which lies in the
            // gap and moves a day later to 12-31 22:00 (UTC+14) = 08:00Z; 12-31 21:00 local is 07:00Z
            BusinessCalendar c = BusinessCalendar.parse("zone Pacific/Apia\nThu 23:00-22:00\n");
            Instant t = Instant.parse("2011-12-31T07:00:00Z");
            assertThat(c.isOpen(t)).isTrue();
            // 69 hours after the start of Thursday 2012-01-05 is after its shift's end, 01-06 22:00 (UTC+14)
            assertThat(c.plusBusinessDays(t, 1)).isEqualTo(Instant.parse("2012-01-06T08:00:00Z"));
            // Thursday 2011-12-22 (UTC-10): its shift ends 12-23 22:00 = 12-24 08:00Z
            assertThat(c.plusBusinessDays(t, -1)).isEqualTo(Instant.parse("2011-12-24T08:00:00Z"));
        }

        @Test
        void backFromAClosedInstantAfterTheYearsFirstPeriod_startsAtThatPeriodsClose() {
            BusinessCalendar c = BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\n");
            // Thursday 2026-01-01 is the first business day of 2026; one business day before its close is Wednesday's close
            assertThat(c.plusBusinessDays(Instant.parse("2026-01-01T18:00:00Z"), -1)).isEqualTo(Instant.parse("2025-12-31T17:00:00Z"));
            assertThat(c.plusBusinessDays(Instant.parse("2026-01-01T08:00:00Z"), -1)).isEqualTo(Instant.parse("2025-12-30T17:00:00Z"));
        }

        @Test
        void backFromAClosedInstantAfterAnEmptyYear_startsAtTheLastCloseBeforeIt() {
            BusinessCalendar c = BusinessCalendar.parse("zone UTC\n2024-06-03 09:00-17:00\n2024-06-04 09:00-17:00\n2026-06-01 09:00-17:00\n");
            // 2025 has no open time: the close before 2026-03-01 is 2024-06-04 17:00, owned by 06-04
            assertThat(c.plusBusinessDays(Instant.parse("2026-03-01T00:00:00Z"), -1)).isEqualTo(Instant.parse("2024-06-03T17:00:00Z"));
        }

        @Test
        void backFromAClosedInstant_searchesTenEmptyYearsForTheLastClose() {
            // 2016 to 2025 are the ten years before 2026: open time in 2016 is found, in 2015 it is not
            BusinessCalendar found = BusinessCalendar.parse("zone UTC\n2016-06-01 09:00-17:00\n2016-06-02 09:00-17:00\n2026-06-01 09:00-17:00\n");
            assertThat(found.plusBusinessDays(Instant.parse("2026-03-01T00:00:00Z"), -1)).isEqualTo(Instant.parse("2016-06-01T17:00:00Z"));
            BusinessCalendar notFound = BusinessCalendar.parse("zone UTC\n2015-06-01 09:00-17:00\n2015-06-02 09:00-17:00\n2026-06-01 09:00-17:00\n");
            assertThatThrownBy(() -> notFound.plusBusinessDays(Instant.parse("2026-03-01T00:00:00Z"), -1))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessageContaining("No open time within 10 years before 2026-03-01T00:00:00Z");
        }

        @Test
        void theEndOfSpecialHoursInsideANightShift_belongsToTheNightShiftsDate() {
            // Saturday 2026-03-07 00:00-01:00 sits inside Friday's 22:00-06:00: Saturday 01:00 is Friday's;
            // two business days after Friday 03-06 is Friday 03-13 (Saturday 03-07 is one), 25 hours into it
            BusinessCalendar c = BusinessCalendar.parse("zone UTC\nFri 22:00-06:00\n2026-03-07 00:00-01:00\n");
            assertThat(c.plusBusinessDays(Instant.parse("2026-03-07T01:00:00Z"), 2)).isEqualTo(Instant.parse("2026-03-14T01:00:00Z"));
        }

        @Test
        void aBusinessDayWhoseShiftEndsAtTheUtcNewYear_hasItsLastOpenSecondInTheOldYear() {
            // 2026-12-31's last open second is in 2026: 2027 to 2036 are ten whole UTC years without open time
            BusinessCalendar reached = BusinessCalendar.parse("zone UTC\n2026-12-31 16:00-24:00\n2036-03-01 09:00-17:00\n");
            assertThat(reached.plusBusinessDays(Instant.parse("2026-12-31T20:00:00Z"), 1)).isEqualTo(Instant.parse("2036-03-01T17:00:00Z"));
            BusinessCalendar beyond = BusinessCalendar.parse("zone UTC\n2026-12-31 16:00-24:00\n2037-03-01 09:00-17:00\n");
            assertThatThrownBy(() -> beyond.plusBusinessDays(Instant.parse("2026-12-31T20:00:00Z"), 1))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessageContaining("No open time within 10 years after 2026-12-31T20:00:00Z");
            // and back: 10:00 on 2026-12-31 is before its shift, which opens at 16:00
            assertThat(reached.plusBusinessDays(Instant.parse("2036-03-01T10:00:00Z"), -1)).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
            assertThatThrownBy(() -> beyond.plusBusinessDays(Instant.parse("2037-03-01T10:00:00Z"), -1))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessageContaining("No open time within 10 years before 2037-03-01T10:00:00Z");
        }

        @Test
        void businessDaysBetween_fromABusinessDayToADayThatIsNot() {
            BusinessCalendar c = BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\n");
            // Monday 2026-03-09 to Saturday 03-14: Monday to Friday
            assertThat(c.businessDaysBetween(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 14))).isEqualTo(5);
            // Sunday 03-08 to Wednesday 03-11: Monday and Tuesday
            assertThat(c.businessDaysBetween(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 11))).isEqualTo(2);
        }
    }
}

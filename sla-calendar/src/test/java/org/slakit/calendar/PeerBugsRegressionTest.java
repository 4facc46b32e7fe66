package org.slakit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The calendar bugs that shipped in other business-hours libraries (DOMAIN.md, "What went wrong
 * elsewhere"), one test each, named after the bug it pins. The SLA bugs are pinned in sla-core's
 * {@code PeerBugsRegressionTest}. Expected instants are written out.
 */
class PeerBugsRegressionTest {

    private static final BusinessCalendar BERLIN = BusinessCalendar.parse("zone Europe/Berlin\nMon-Sun 09:00-17:00\n");

    @Nested
    class DayBoundaries {

        @Test
        void dayStartComputedAsMidnightPlusADuration_movesTheOpeningOnADstDay() {
            // 2026-03-29 (spring forward) and 2026-10-25 (fall back): 09:00 local is 07:00Z and 08:00Z
            assertThat(BERLIN.nextOpen(Instant.parse("2026-03-29T00:00:00Z"))).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
            assertThat(BERLIN.nextOpen(Instant.parse("2026-10-25T00:00:00Z"))).isEqualTo(Instant.parse("2026-10-25T08:00:00Z"));
            assertThat(BERLIN.between(Instant.parse("2026-03-28T12:00:00Z"), Instant.parse("2026-03-30T12:00:00Z")))
                    .isEqualTo(Duration.ofHours(17)); // Sat 13:00-17:00 CET, Sun 8 h, Mon 09:00-14:00 CEST
        }

        @Test
        void nextDayComputedAsPlus24Hours_skipsOrRepeatsAnHour() {
            Instant saturdayTen = Instant.parse("2026-03-28T09:00:00Z"); // Sat 10:00 CET
            assertThat(BERLIN.plusBusinessDays(saturdayTen, 1)).isEqualTo(Instant.parse("2026-03-29T08:00:00Z")); // Sun 10:00 CEST
        }
    }

    @Nested
    class InfiniteLoops {

        private final Duration generous = Duration.ofSeconds(60);

        @Test
        void emptySchedule_isAnErrorNotALoop() {
            assertThatThrownBy(() -> BusinessCalendar.parse("zone UTC\n")).isInstanceOf(CalendarFormatException.class);
        }

        @Test
        void periodEndingAtMidnightWrittenAs0000_runsToMidnight() {
            BusinessCalendar c = BusinessCalendar.parse("zone UTC\nMon 09:00-00:00\n");
            Instant monday = Instant.parse("2026-03-02T09:00:00Z");
            assertThat(c.plus(monday, Duration.ofHours(15))).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
            assertThat(c.plus(monday, Duration.ofHours(16))).isEqualTo(Instant.parse("2026-03-09T10:00:00Z"));
        }

        @Test
        void floatingPointDriftInAPerMinuteLoop_neverMissesTheTarget() {
            BusinessCalendar c = BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\n");
            Instant t = Instant.parse("2026-03-02T09:00:00.000000001Z");
            Duration odd = Duration.ofHours(8).minusNanos(1).plusMillis(333);
            assertThat(c.plus(t, odd)).isEqualTo(Instant.parse("2026-03-03T09:00:00.333Z"));
            assertThat(c.between(t, c.plus(t, odd))).isEqualTo(odd);
        }

        @Test
        void holidayListThatClosesEveryDay_isADateTimeExceptionNotALoop() {
            StringBuilder text = new StringBuilder("zone UTC\nMon 09:00-17:00\n");
            for (LocalDate d = LocalDate.of(2026, 3, 2); d.getYear() < 2045; d = d.plusWeeks(1)) {
                text.append("closed ").append(d).append('\n');
            }
            BusinessCalendar c = BusinessCalendar.parse(text);
            Instant start = Instant.parse("2026-03-01T00:00:00Z");
            assertTimeoutPreemptively(generous, () -> {
                assertThatThrownBy(() -> c.nextOpen(start)).isInstanceOf(DateTimeException.class);
                assertThatThrownBy(() -> c.plus(start, Duration.ofHours(1))).isInstanceOf(DateTimeException.class);
                assertThatThrownBy(() -> c.plusBusinessDays(start, 1)).isInstanceOf(DateTimeException.class);
            });
        }

        @Test
        void dstTransitionAtMidnight_terminatesAndCountsTheRealHours() {
            // Sao Paulo sprang forward at midnight on 2018-11-04: 00:00-00:59 did not exist
            BusinessCalendar c = BusinessCalendar.parse("zone America/Sao_Paulo\nSun 00:00-03:00\n");
            Instant saturday = Instant.parse("2018-11-03T12:00:00Z");
            assertTimeoutPreemptively(generous, () -> {
                assertThat(c.nextOpen(saturday)).isEqualTo(Instant.parse("2018-11-04T03:00:00Z")); // 01:00 -02
                assertThat(c.plus(saturday, Duration.ofHours(2))).isEqualTo(Instant.parse("2018-11-04T05:00:00Z"));
            });
        }
    }

    @Nested
    class AllDay {

        @Test
        void allDayWrittenAs2359_losesAMinuteEveryMidnight_so2400IsARealEnd() {
            BusinessCalendar c = BusinessCalendar.parse("zone UTC\nMon-Sun 00:00-24:00\n");
            Instant t = Instant.parse("2026-03-02T00:00:00Z");
            assertThat(c.between(t, t.plus(Duration.ofDays(7)))).isEqualTo(Duration.ofDays(7));
            assertThat(c.isOpen(Instant.parse("2026-03-02T23:59:30Z"))).isTrue();
            assertThat(BusinessCalendar.parse("zone UTC\nMon 09:00-24:00\n").between(Instant.parse("2026-03-02T09:00:00Z"),
                    Instant.parse("2026-03-03T09:00:00Z"))).isEqualTo(Duration.ofHours(15));
        }
    }

    @Nested
    class Holidays {

        @Test
        void holidayOnAMonday_isNotAWorkingDay() {
            BusinessCalendar c = BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 09:00-17:00\nclosed 2026-04-06\n");
            Instant fridayFour = Instant.parse("2026-04-03T14:00:00Z"); // Fri 16:00 CEST
            assertThat(c.isBusinessDay(LocalDate.of(2026, 4, 6))).isFalse();
            assertThat(c.isOpen(Instant.parse("2026-04-06T08:00:00Z"))).isFalse();
            assertThat(c.plus(fridayFour, Duration.ofHours(2))).isEqualTo(Instant.parse("2026-04-07T08:00:00Z")); // Tue 10:00
            assertThat(c.plusBusinessDays(fridayFour, 1)).isEqualTo(Instant.parse("2026-04-07T14:00:00Z"));
        }

        @Test
        void holidaysComparedInUtc_closeTheWrongHours() {
            // Los Angeles: Mon 2026-01-05 17:00 PST is already Tuesday in UTC
            BusinessCalendar c = BusinessCalendar.parse("zone America/Los_Angeles\nMon-Fri 09:00-18:00\nclosed 2026-01-06\n");
            assertThat(c.isOpen(Instant.parse("2026-01-06T01:00:00Z"))).isTrue();  // Mon 17:00
            assertThat(c.isOpen(Instant.parse("2026-01-06T17:30:00Z"))).isFalse(); // Tue 09:30
            assertThat(c.isOpen(Instant.parse("2026-01-07T07:30:00Z"))).isFalse(); // Tue 23:30, Wednesday in UTC
            // Tokyo: a holiday on Mon 2026-01-05 closes 09:00 JST, which is Sunday 24:00 UTC
            BusinessCalendar tokyo = BusinessCalendar.parse("zone Asia/Tokyo\nMon-Fri 09:00-18:00\nclosed 2026-01-05\n");
            assertThat(tokyo.nextOpen(Instant.parse("2026-01-04T12:00:00Z"))).isEqualTo(Instant.parse("2026-01-06T00:00:00Z"));
        }
    }

    @Nested
    class Arithmetic {

        private final BusinessCalendar weekdays = BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 09:00-17:00\n");

        @Test
        void addingThenSubtractingTheSameBusinessTime_returnsToTheStart() {
            Instant start = Instant.parse("2026-03-27T15:30:00Z"); // Fri 16:30 CET, before the spring-forward weekend
            for (Duration d : new Duration[] {Duration.ofMinutes(30), Duration.ofMinutes(31), Duration.ofHours(8),
                    Duration.ofHours(8).plusMinutes(30), Duration.ofHours(100).plusNanos(7)}) {
                assertThat(weekdays.minus(weekdays.plus(start, d), d)).as("%s", d).isEqualTo(start);
            }
            assertThat(weekdays.plus(start, Duration.ofMinutes(31))).isEqualTo(Instant.parse("2026-03-30T07:01:00Z"));
        }

        @Test
        void subtraction_landsOnTheSameDaysOpening_notThePreviousDaysClose() {
            Instant tuesdayTen = Instant.parse("2026-03-03T09:00:00Z"); // Tue 10:00 CET
            assertThat(weekdays.minus(tuesdayTen, Duration.ofHours(1))).isEqualTo(Instant.parse("2026-03-03T08:00:00Z"));
            assertThat(weekdays.plus(tuesdayTen, Duration.ofHours(-1))).isEqualTo(Instant.parse("2026-03-03T08:00:00Z"));
            assertThat(weekdays.minus(tuesdayTen, Duration.ofHours(9))).isEqualTo(Instant.parse("2026-03-02T08:00:00Z"));
        }
    }
}

package org.slakit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Regressions found in review, each named after what went wrong. */
class ReviewRegressionTest {

    @Test
    void plusBusinessDays_neverGoesBack_whenDstStretchesANightShiftPastTheNextDaysHours() {
        // Saturday's 22:00-02:30 shift ends at 03:30 on the spring-forward night, after Sunday's 03:00-03:20
        BusinessCalendar c = BusinessCalendar.parse("zone Europe/Berlin\nSat 22:00-02:30\nSun 03:00-03:20\n");
        Instant t = Instant.parse("2026-03-29T01:25:00Z"); // 03:25 CEST, inside Saturday's shift
        assertThat(c.isOpen(t)).isTrue();
        assertThat(c.plusBusinessDays(t, 1)).isEqualTo(t);
    }

    @Test
    void plusBusinessDays_neverGoesBack_whenSpecialHoursSitInsideTheNightShift() {
        BusinessCalendar c = BusinessCalendar.parse("zone UTC\nFri 22:00-06:00\n2026-03-07 00:00-01:00\n");
        Instant t = Instant.parse("2026-03-07T03:00:00Z"); // Saturday 03:00, in Friday's shift
        assertThat(c.plusBusinessDays(t, 1)).isEqualTo(t);
        // and going back never lands after the start
        Instant back = c.plusBusinessDays(Instant.parse("2026-03-07T00:30:00Z"), -1);
        assertThat(back).isBeforeOrEqualTo(Instant.parse("2026-03-07T00:30:00Z"));
    }

    @Test
    void plusAndMinus_searchTheSameTenYearsAsNextOpen() {
        BusinessCalendar c = BusinessCalendar.parse("zone UTC\n2030-06-01 09:00-10:00\n");
        Instant before = Instant.parse("2020-03-01T00:00:00Z");
        assertThat(c.nextOpen(before)).isEqualTo(Instant.parse("2030-06-01T09:00:00Z"));
        assertThat(c.plus(before, Duration.ofSeconds(1))).isEqualTo(Instant.parse("2030-06-01T09:00:01Z"));
        Instant after = Instant.parse("2040-03-01T00:00:00Z");
        assertThat(c.minus(after, Duration.ofSeconds(1))).isEqualTo(Instant.parse("2030-06-01T09:59:59Z"));
        assertThatThrownBy(() -> c.plus(Instant.parse("2019-03-01T00:00:00Z"), Duration.ofHours(2)))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("No open time within 10 years");
    }

    @Test
    void hugeNegativeDuration_isADateTimeExceptionNamingIt() {
        BusinessCalendar c = BusinessCalendar.alwaysOpen(java.time.ZoneOffset.UTC);
        Duration huge = Duration.ofSeconds(Long.MIN_VALUE);
        assertThatThrownBy(() -> c.plus(Instant.EPOCH, huge))
                .isInstanceOf(DateTimeException.class).hasMessageContaining(huge.toString());
        assertThatThrownBy(() -> c.minus(Instant.EPOCH, huge))
                .isInstanceOf(DateTimeException.class).hasMessageContaining(huge.toString());
    }

    @Test
    void touchingPeriodsAreJoinedBeforeTheZoneConversion() {
        // New York springs forward at 02:00 on 2005-04-03: 02:25-03:00 and 03:00-03:27 are one
        // period 02:25-03:27, whose start moves by the gap to 03:25 EDT; two minutes are open
        BusinessCalendar split = BusinessCalendar.parse("zone America/New_York\nSun 02:25-03:00 03:00-03:27\n");
        BusinessCalendar joined = BusinessCalendar.parse("zone America/New_York\nSun 02:25-03:27\n");
        assertThat(split).isEqualTo(joined);
        assertThat(split.openPeriodsOn(java.time.LocalDate.of(2005, 4, 3)))
                .containsExactly(OpenPeriod.of(Instant.parse("2005-04-03T07:25:00Z"), Instant.parse("2005-04-03T07:27:00Z")));
    }

    @Test
    void zeroBusinessDays_isTheInstantItself_atTheSecondOfTwoEqualLocalTimes() {
        BusinessCalendar open = BusinessCalendar.alwaysOpen(java.time.ZoneId.of("Europe/London"));
        Instant secondOneThirty = Instant.parse("2026-10-25T01:30:00Z"); // 01:30 GMT, after 01:30 BST
        assertThat(open.plusBusinessDays(secondOneThirty, 0)).isEqualTo(secondOneThirty);
    }

    @Test
    void openPeriod_parseReadsToString() {
        OpenPeriod p = OpenPeriod.of(Instant.parse("2026-12-21T08:00:00Z"), Instant.parse("2026-12-21T16:00:00.5Z"));
        assertThat(OpenPeriod.parse(p.toString())).isEqualTo(p);
        assertThatThrownBy(() -> OpenPeriod.parse("2026-12-21T08:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'2026-12-21T08:00:00Z' is not an open period");
        assertThatThrownBy(() -> OpenPeriod.parse("2026-12-21T16:00:00Z/2026-12-21T08:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must end after it starts");
    }
}

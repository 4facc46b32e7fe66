package org.slakit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the mutation bar: examples aimed at the survivors of {@code BusinessDays.plusFast}
 * (placement boundaries, owner search, "never go back" with nanoseconds, the offset tables of a
 * zone with transitions) and of the plain {@code shift} it falls back to. Each checks the answer
 * worked out by hand, through {@code plusBusinessDays} (the fast path) and {@code plusPlain}.
 */
class FastBusinessDaysMutationTest {

    private static void both(String calendar, String instant, int days, String expected) {
        BusinessCalendar c = BusinessCalendar.parse(calendar);
        Instant t = Instant.parse(instant);
        assertThat(c.plusBusinessDays(t, days)).isEqualTo(Instant.parse(expected));
        assertThat(c.businessDays().plusPlain(t, days)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void anInstantInTheFirstPeriodOfAUtcYear_movesFromItself() {
        // Thursday 2026-01-01 10:00 is in the year table's first period: Friday 10:00
        both("zone UTC\nMon-Fri 09:00-17:00\n", "2026-01-01T10:00:00Z", 1, "2026-01-02T10:00:00Z");
        // exactly at that period's end it is closed: the next opening, Friday 09:00, then Monday 09:00
        both("zone UTC\nMon-Fri 09:00-17:00\n", "2026-01-01T17:00:00Z", 1, "2026-01-05T09:00:00Z");
    }

    @Test
    void wantedExactlyAtAPeriodsEnd_withNanosecondsIsAfterIt() {
        String cal = "zone UTC\nMon-Fri 09:00-17:00\n2026-03-10 09:00-12:00\n";
        // Monday 12:00:00.5 on Tuesday (09:00-12:00) is half a second after its close: the close
        both(cal, "2026-03-09T12:00:00.500Z", 1, "2026-03-10T12:00:00Z");
        // Monday 12:00:00 is Tuesday's close itself
        both(cal, "2026-03-09T12:00:00Z", 1, "2026-03-10T12:00:00Z");
        // Monday 11:59:59.5 is inside Tuesday's period
        both(cal, "2026-03-09T11:59:59.500Z", 1, "2026-03-10T11:59:59.500Z");
    }

    @Test
    void wantedInABreak_goesBackToTheCloseBeforeIt() {
        String cal = "zone UTC\nMon-Fri 09:00-17:00\n2026-03-10 09:00-12:00 13:00-17:00\n";
        // Monday 12:30 is in Tuesday's lunch break: Tuesday 12:00
        both(cal, "2026-03-09T12:30:00Z", 1, "2026-03-10T12:00:00Z");
        // Monday 12:00:00.25 too, a quarter second into the break
        both(cal, "2026-03-09T12:00:00.250Z", 1, "2026-03-10T12:00:00Z");
        // Monday 13:00 is Tuesday's reopening
        both(cal, "2026-03-09T13:00:00Z", 1, "2026-03-10T13:00:00Z");
    }

    @Test
    void aStartAtTheOpeningOfSpecialHoursInsideANightShift_belongsToTheSpecialDate() {
        // Tuesday 2026-03-10 05:00-10:00 opens inside Monday's 22:00-06:00: 05:00 is Tuesday's own
        // (the latest date first); the next business day, Wednesday, opens at 22:00 after 05:00
        both("zone UTC\nMon-Fri 22:00-06:00\n2026-03-10 05:00-10:00\n", "2026-03-10T05:00:00Z", 1, "2026-03-11T22:00:00Z");
    }

    @Test
    void aStartAtTheCloseOfSpecialHoursInsideANightShift_belongsToTheNightShift() {
        // Tuesday 2026-03-10 01:00-05:00 closes inside Monday's 22:00-06:00: 05:00 is Monday's (29 hours
        // into it); on Tuesday 29 hours in is past its close 05:00, which is the start itself
        both("zone UTC\nMon-Fri 22:00-06:00\n2026-03-10 01:00-05:00\n", "2026-03-10T05:00:00Z", 1, "2026-03-10T05:00:00Z");
        // half a second later: Tuesday's close 05:00:00 is before the start, which keeps its nanoseconds
        both("zone UTC\nMon-Fri 22:00-06:00\n2026-03-10 01:00-05:00\n", "2026-03-10T05:00:00.500Z", 1, "2026-03-10T05:00:00.500Z");
    }

    @Test
    void aWantedLocalTimeInTheYear10000_isLeftToThePlainCode() {
        // Berlin (+01:00), daily 22:00-06:00: Friday 9999-12-31 01:00 local (00:00Z) is 27 hours into
        // Thursday's shift; 27 hours into Friday's is 10000-01-01 01:00 local, 00:00Z
        both("zone Europe/Berlin\nMon-Sun 22:00-06:00\n", "9999-12-31T00:00:00Z", 1, "+10000-01-01T00:00:00Z");
    }

    @Test
    void neverGoingBack_keepsTheStartsNanoseconds() {
        // 03:00:00.5 on Tuesday is Monday's (27 hours in); Tuesday 00:00-01:00 closes before it: the start
        String cal = "zone UTC\nMon-Fri 22:00-06:00\n2026-03-10 00:00-01:00\n";
        both(cal, "2026-03-10T03:00:00.500Z", 1, "2026-03-10T03:00:00.500Z");
        both(cal, "2026-03-10T03:00:00Z", 1, "2026-03-10T03:00:00Z");
    }

    @Test
    void aZoneWithDaylightSavingBefore1970_usesThatYearsOffsets() {
        // New York, Friday 1960-10-28 10:00 EDT (14:00Z); summer time ends Sunday 10-30:
        // Monday 10:00 EST is 15:00Z
        both("zone America/New_York\nMon-Fri 09:00-17:00\n", "1960-10-28T14:00:00Z", 1, "1960-10-31T15:00:00Z");
    }

    @Test
    void aTransitionOnNewYearsDay_isInThatYearsOffsets() {
        // Sao Tome went from UTC to +01:00 at 2018-01-01T01:00Z: Monday 00:30Z is 00:30 local,
        // Tuesday 00:30 local (+01:00) is Monday 23:30Z
        both("zone Africa/Sao_Tome\nMon-Fri 00:00-12:00\n", "2018-01-01T00:30:00Z", 1, "2018-01-01T23:30:00Z");
    }

    @Test
    void plainShift_countsTheEmptyYearsAfterTheLastOpenSecond() {
        // 2026-12-31's last open second is in 2026: 2027 to 2035 are nine empty UTC years, 2027 to 2036 ten
        BusinessCalendar reached = BusinessCalendar.parse("zone UTC\n2026-12-31 16:00-24:00\n2036-03-01 09:00-17:00\n");
        assertThat(reached.businessDays().plusPlain(Instant.parse("2026-12-31T20:00:00Z"), 1))
                .isEqualTo(Instant.parse("2036-03-01T17:00:00Z"));
        BusinessCalendar beyond = BusinessCalendar.parse("zone UTC\n2026-12-31 16:00-24:00\n2037-03-01 09:00-17:00\n");
        assertThatThrownBy(() -> beyond.businessDays().plusPlain(Instant.parse("2026-12-31T20:00:00Z"), 1))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("No open time within 10 years after 2026-12-31T20:00:00Z");
    }
}

package org.slakit.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** {@link MetricsCollector.WeekDays} at the ends of the spans it remembers. */
class WeekMutationTest {

    private static long epochDay(String date) {
        return LocalDate.parse(date).toEpochDay();
    }

    @Test
    void aTransitionAtMondayMidnight_movesTheInstantBackIntoTheWeekBefore() {
        // Tegucigalpa left summer time at 2006-08-07T00:00-05:00 (a Monday) for -06:00: the transition's
        // instant, 05:00Z, is Sunday 23:00 local, in the week of Monday 2006-07-31; one second before it
        // is Sunday 23:59:59 at -05:00, the same week
        MetricsCollector.WeekDays days = new MetricsCollector.WeekDays(ZoneId.of("America/Tegucigalpa"));
        assertThat(days.monday(Instant.parse("2006-08-07T04:59:59Z"))).isEqualTo(epochDay("2006-07-31"));
        assertThat(days.monday(Instant.parse("2006-08-07T05:00:00Z"))).isEqualTo(epochDay("2006-07-31"));
        // an hour later it is Monday 00:00 at -06:00
        assertThat(days.monday(Instant.parse("2006-08-07T06:00:00Z"))).isEqualTo(epochDay("2006-08-07"));
    }

    @Test
    void aSpanSeenAfterALaterOneKeepsItsOwnOffset() {
        // Berlin: +02:00 from 2026-03-29T01:00Z to 2026-10-25T01:00Z, +01:00 before
        MetricsCollector.WeekDays days = new MetricsCollector.WeekDays(ZoneId.of("Europe/Berlin"));
        assertThat(days.monday(Instant.parse("2026-07-01T12:00:00Z"))).isEqualTo(epochDay("2026-06-29"));
        assertThat(days.monday(Instant.parse("2026-03-01T12:00:00Z"))).isEqualTo(epochDay("2026-02-23"));
        // Sunday 2026-03-08 23:30 at +01:00 (it would be Monday 00:30 at +02:00)
        assertThat(days.monday(Instant.parse("2026-03-08T22:30:00Z"))).isEqualTo(epochDay("2026-03-02"));
        assertThat(days.monday(Instant.parse("2026-07-05T21:30:00Z"))).isEqualTo(epochDay("2026-06-29"));
    }
}

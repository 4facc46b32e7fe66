package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The small formats of explanations and messages ({@link Text}); PIT found their branches alive. */
class TextTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void instants_showSecondsAndNanosecondsOnlyWhenThereAreAny() {
        // Monday March 9, 2026, 09:00 UTC is 10:00 in Berlin
        assertThat(Text.instant(Instant.parse("2026-03-09T09:00:00Z"), BERLIN)).isEqualTo("Mon 2026-03-09 10:00 +01:00");
        assertThat(Text.instant(Instant.parse("2026-03-09T09:00:05Z"), BERLIN)).isEqualTo("Mon 2026-03-09 10:00:05 +01:00");
        assertThat(Text.instant(Instant.parse("2026-03-09T09:00:00.5Z"), BERLIN))
                .isEqualTo("Mon 2026-03-09 10:00:00.500000000 +01:00");
    }

    @Test
    void durations_inHoursMinutesAndSeconds_separatedByBlanks() {
        assertThat(Text.duration(Duration.ofSeconds(5))).isEqualTo("5s");
        assertThat(Text.duration(Duration.ZERO)).isEqualTo("0s");
        assertThat(Text.duration(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(Text.duration(Duration.ofHours(64))).isEqualTo("64h");
        assertThat(Text.duration(Duration.ofSeconds(3605))).isEqualTo("1h 5s");
        assertThat(Text.duration(Duration.ofSeconds(6005))).isEqualTo("1h 40m 5s");
        assertThat(Text.duration(Duration.ofMinutes(100))).isEqualTo("1h 40m");
        assertThat(Text.duration(Duration.ofMillis(1500))).isEqualTo("1.5s");
        assertThat(Text.duration(Duration.ofNanos(1))).isEqualTo("0.000000001s");
        assertThat(Text.duration(Duration.ofMinutes(-90))).isEqualTo("-1h 30m");
    }

    @Test
    void countsAndPercentages() {
        assertThat(Text.count(1, "hour")).isEqualTo("1 hour");
        assertThat(Text.count(0, "hour")).isEqualTo("0 hours");
        assertThat(Text.count(2, "hour")).isEqualTo("2 hours");
        assertThat(Text.percent(0.75)).isEqualTo("75%");
        assertThat(Text.percent(5.0 / 6)).isEqualTo("83.3%");
    }
}

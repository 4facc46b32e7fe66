package org.slakit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;

/** The "Twenty lines" example of README.md, with the answers its comments promise. */
class ReadmeExampleTest {

    private static Instant berlin(String local) {
        return ZonedDateTime.parse(local + "+01:00[Europe/Berlin]").toInstant();
    }

    @Test
    void twentyLines() {
        BusinessCalendar team = BusinessCalendar.parse("""
                zone Europe/Berlin
                Mon-Fri 09:00-12:30 13:30-18:00
                closed yearly 12-25
                closed yearly Easter+1
                2026-12-24 09:00-12:00
                """);

        Instant created = Instant.parse("2026-12-23T16:30:00Z");
        assertThat(team.plus(created, Duration.ofHours(2))).isEqualTo(berlin("2026-12-24T10:30"));
        assertThat(team.between(created, Instant.parse("2026-12-24T08:30:00Z"))).isEqualTo(Duration.ofHours(1));
        assertThat(team.isOpen(created)).isTrue();
        // Dec 26 2026 is a Saturday and Dec 27 a Sunday
        assertThat(team.nextOpen(Instant.parse("2026-12-25T08:00:00Z"))).isEqualTo(berlin("2026-12-28T09:00"));
        assertThat(team.plusBusinessDays(created, 1)).isEqualTo(berlin("2026-12-24T12:00"));

        BusinessCalendar customer = BusinessCalendar.parse("""
                zone America/New_York
                Mon-Fri 08:00-17:00
                """);
        BusinessCalendar both = team.intersection(customer);
        // New York 08:00 is 14:00 in Berlin: on a Monday both are open 14:00-18:00 Berlin time
        assertThat(both.openPeriodsOn(java.time.LocalDate.of(2026, 12, 21)))
                .extracting(p -> p.start() + "/" + p.end())
                .containsExactly("2026-12-21T13:00:00Z/2026-12-21T17:00:00Z");
        assertThat(BusinessCalendar.parse(both.toString())).isEqualTo(both);
    }
}

package org.slakit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;

/**
 * The demo team's public holidays come from Jollyday ({@code holidays jollyday DE}); before, they
 * were nine hand-written yearly rules. Both must close the same dates and give the same answers.
 */
class TeamHolidaysTest {

    /** The team calendar as it was written before, holiday by holiday. */
    static final String HAND_WRITTEN = """
            zone Europe/Berlin
            Mon-Fri 09:00-12:30 13:30-18:00
            closed yearly 01-01            # New Year's Day
            closed yearly Easter-2         # Good Friday
            closed yearly Easter+1         # Easter Monday
            closed yearly 05-01            # Labour Day
            closed yearly Easter+39        # Ascension Day
            closed yearly Easter+50        # Whit Monday
            closed yearly 10-03            # Day of German Unity
            closed yearly 12-25            # Christmas Day
            closed yearly 12-26            # Second Day of Christmas
            2026-12-24 09:00-12:00
            2026-12-31 09:00-12:00
            """;

    static BusinessCalendar shipped() throws IOException {
        try (InputStream in = TeamHolidaysTest.class.getResourceAsStream("/org/slakit/examples/berlin-support.calendar")) {
            return BusinessCalendar.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theShippedCalendarTakesItsHolidaysFromJollyday() throws IOException {
        assertThat(shipped().toString()).contains("holidays jollyday DE").doesNotContain("closed yearly");
    }

    @Test
    void jollydayAndTheHandWrittenRulesCloseTheSameDates2020To2035() throws IOException {
        BusinessCalendar fromData = shipped();
        BusinessCalendar handWritten = BusinessCalendar.parse(HAND_WRITTEN);
        List<LocalDate> closedWeekdays = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2020, 1, 1); d.isBefore(LocalDate.of(2036, 1, 1)); d = d.plusDays(1)) {
            assertThat(fromData.isBusinessDay(d)).as("business day %s", d).isEqualTo(handWritten.isBusinessDay(d));
            if (d.getDayOfWeek().getValue() <= 5 && !handWritten.isBusinessDay(d)) {
                closedWeekdays.add(d);
            }
        }
        // the comparison is not vacuous: weekday holidays are closed in both (Good Friday 2020, Ascension
        // 2025, Whit Monday 2030 and 2035), and Berlin's own Women's Day (DE-BE) is not among them
        assertThat(closedWeekdays).hasSize(119);   // counted independently of slakit: 9 rules x 16 years, less weekends
        assertThat(closedWeekdays).contains(LocalDate.of(2020, 4, 10), LocalDate.of(2025, 5, 29), LocalDate.of(2035, 5, 14),
                LocalDate.of(2030, 6, 10));
        assertThat(closedWeekdays).doesNotContain(LocalDate.of(2027, 3, 8), LocalDate.of(2028, 3, 8));   // not Berlin's Women's Day
    }

    @Test
    void bothGiveTheSameBusinessTimeOverFifteenYears() throws IOException {
        BusinessCalendar fromData = shipped();
        BusinessCalendar handWritten = BusinessCalendar.parse(HAND_WRITTEN);
        Instant from = Instant.parse("2020-01-01T00:00:00Z");
        Instant to = Instant.parse("2036-01-01T00:00:00Z");
        assertThat(fromData.between(from, to)).isEqualTo(handWritten.between(from, to));
        for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofHours(173))) {
            assertThat(fromData.plus(t, Duration.ofHours(20))).as("plus from %s", t)
                    .isEqualTo(handWritten.plus(t, Duration.ofHours(20)));
        }
    }
}

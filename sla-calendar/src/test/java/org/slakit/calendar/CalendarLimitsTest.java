package org.slakit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Tests of size: a calendar text of 100,000 lines, and walks of business days across the whole
 * supported range (thousands of year tables). They take seconds each, so PIT leaves them out, as it
 * does every {@code *LimitsTest} (README, "Mutation testing"); the same code is pinned by small
 * examples in {@link CalendarFormatTest} and {@link BusinessDaysTest}.
 */
class CalendarLimitsTest {

    private static final BusinessCalendar NINE_TO_FIVE = BusinessCalendar.parse("""
            zone America/New_York
            Mon-Fri 09:00-17:00
            """);

    /** Issue 9: 100,000 yearly rules took about 17 s, since adding a rule searched the rules added before it. */
    @Test
    void hundredThousandHolidayLines_giveTheCalendarTheBuilderGives() {
        StringBuilder text = new StringBuilder("zone Europe/Berlin\nMon-Fri 09:00-17:00\n");
        BusinessCalendar.Builder builder = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                .open(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));
        for (int i = 0; i < 100_000; i++) {
            int month = 1 + i % 12;
            int day = 1 + (i / 12) % 28;
            int from = 1 + i / 336;
            text.append(String.format(Locale.ROOT, "closed yearly %02d-%02d from %d to %d%n", month, day, from, from + 5));
            builder.closed(HolidayRule.fixed(Month.of(month), day).from(from).to(from + 5));
        }
        BusinessCalendar parsed = BusinessCalendar.parse(text);
        assertThat(parsed).isEqualTo(builder.build());
        // Monday 0250-06-03 is closed by the rules for 06-03 from 245 to 250 ... from 250 to 255;
        // no rule closes a 29th, and Tuesday 0250-01-29 is a business day
        assertThat(parsed.isBusinessDay(LocalDate.of(250, 6, 3))).isFalse();
        assertThat(parsed.isBusinessDay(LocalDate.of(250, 1, 29))).isTrue();
        assertThat(BusinessCalendar.parse(parsed.toString())).isEqualTo(parsed);
    }

    @Test
    void theMostBusinessDays_walkFrom2026ToTheEndsOfTheRange_andStopThere() {
        Instant t = Instant.parse("2026-03-09T10:00:00Z");
        assertThatThrownBy(() -> NINE_TO_FIVE.plusBusinessDays(t, Integer.MAX_VALUE)).isInstanceOf(DateTimeException.class)
                .hasMessage("Result after 2026-03-09T10:00:00Z lies beyond the supported range (year 9999)");
        assertThatThrownBy(() -> NINE_TO_FIVE.plusBusinessDays(t, Integer.MIN_VALUE)).isInstanceOf(DateTimeException.class)
                .hasMessage("Result before 2026-03-09T10:00:00Z lies beyond the supported range (year 1)");
    }
}

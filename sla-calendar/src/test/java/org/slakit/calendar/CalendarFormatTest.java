package org.slakit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The calendar text format: what it accepts, and the exact message for every kind of bad input. */
class CalendarFormatTest {

    private static final String DAY_EXPECTED = "expected Mon, Tue, Wed, Thu, Fri, Sat or Sun, a range such as Mon-Fri,"
            + " a list such as Mon,Wed,Fri, 'closed', 'zone', 'intersect' or a date YYYY-MM-DD";
    private static final String RULE_EXPECTED = "expected MM-DD, Easter, Easter+N, Easter-N, '3rd Mon of Jan', 'last Mon of May'"
            + " or 'Fri between 06-19 and 06-25'";

    static Stream<Arguments> badInput() {
        return Stream.of(
                // text, line number, exact message
                // overlapping periods: on one line, over two lines, a night shift into the next day's hours (both orders)
                Arguments.of("zone UTC\nMon 09:00-12:00 11:00-13:00\n", 2,
                        "line 2 'Mon 09:00-12:00 11:00-13:00': period 11:00-13:00 overlaps period 09:00-12:00 of the same day"),
                Arguments.of("zone UTC\nMon-Fri 09:00-17:00\nWed 16:00-18:00\n", 3,
                        "line 3 'Wed 16:00-18:00': period 16:00-18:00 overlaps period 09:00-17:00 of the same day"),
                Arguments.of("zone UTC\nFri 22:00-06:00\nSat 05:00-10:00\n", 3,
                        "line 3 'Sat 05:00-10:00': period 05:00-10:00 on Sat overlaps the overnight period 22:00-06:00 of Fri"),
                Arguments.of("zone UTC\nSat 05:00-10:00\nFri 22:00-06:00\n", 3,
                        "line 3 'Fri 22:00-06:00': period 22:00-06:00 on Fri runs into Sat's period 05:00-10:00"),
                Arguments.of("zone UTC\n2026-03-10 09:00-12:00 11:00-13:00\n", 2,
                        "line 2 '2026-03-10 09:00-12:00 11:00-13:00': period 11:00-13:00 overlaps period 09:00-12:00 of the same day"),
                // times
                Arguments.of("zone UTC\nMon 25:00-26:00\n", 2,
                        "line 2 'Mon 25:00-26:00': '25:00' in '25:00-26:00' is not a time of day: expected 00:00 to 23:59, or 24:00 as an end"),
                Arguments.of("zone UTC\nMon 09:00-17:60\n", 2,
                        "line 2 'Mon 09:00-17:60': '17:60' in '09:00-17:60' is not a time of day: expected 00:00 to 23:59, or 24:00 as an end"),
                Arguments.of("zone UTC\nMon 09:00-24:01\n", 2,
                        "line 2 'Mon 09:00-24:01': '24:01' in '09:00-24:01' is not a time of day: expected 00:00 to 23:59, or 24:00 as an end"),
                Arguments.of("zone UTC\nMon 9-17\n", 2,
                        "line 2 'Mon 9-17': '9' in '9-17' is not a time: expected HH:MM or HH:MM:SS"),
                Arguments.of("zone UTC\nMon 09:00\n", 2,
                        "line 2 'Mon 09:00': '09:00' is not a period: expected HH:MM-HH:MM such as 09:00-17:00"),
                Arguments.of("zone UTC\nMon 24:00-06:00\n", 2,
                        "line 2 'Mon 24:00-06:00': 24:00 in '24:00-06:00' can only end a period: write 00:00 to start at midnight"),
                Arguments.of("zone UTC\nMon 09:00-09:00\n", 2,
                        "line 2 'Mon 09:00-09:00': period '09:00-09:00' starts and ends at the same time: write 00:00-24:00 for a whole day"),
                Arguments.of("zone UTC\nMon\n", 2,
                        "line 2 'Mon': expected one or more periods such as 09:00-17:00 after 'Mon'"),
                // zones
                Arguments.of("zone Mars/Olympus_Mons\nMon 09:00-17:00\n", 1,
                        "line 1 'zone Mars/Olympus_Mons': unknown zone 'Mars/Olympus_Mons': expected a region id such as Europe/Berlin or an offset such as +02:00"),
                Arguments.of("zone\nMon 09:00-17:00\n", 1,
                        "line 1 'zone': expected 'zone' and one zone id, for example 'zone Europe/Berlin'"),
                Arguments.of("Mon 09:00-17:00\n", 1,
                        "line 1 'Mon 09:00-17:00': the calendar starting here has no 'zone' line: expected for example 'zone Europe/Berlin'"),
                Arguments.of("zone UTC\nMon 09:00-17:00\nzone Europe/Berlin\n", 3,
                        "line 3 'zone Europe/Berlin': a second 'zone' line; the first is line 1"),
                // days
                Arguments.of("zone UTC\nMonday 09:00-17:00\n", 2,
                        "line 2 'Monday 09:00-17:00': unknown day 'Monday': " + DAY_EXPECTED),
                Arguments.of("zone UTC\nMon-Fry 09:00-17:00\n", 2,
                        "line 2 'Mon-Fry 09:00-17:00': unknown day 'Fry': " + DAY_EXPECTED),
                Arguments.of("zone UTC\nMon,,Fri 09:00-17:00\n", 2,
                        "line 2 'Mon,,Fri 09:00-17:00': unknown day '': " + DAY_EXPECTED),
                // dates
                Arguments.of("zone UTC\nMon 09:00-17:00\nclosed 2026-02-30\n", 3,
                        "line 3 'closed 2026-02-30': '2026-02-30' is not a valid date: expected an existing date as YYYY-MM-DD"),
                Arguments.of("zone UTC\nMon 09:00-17:00\n2026-02-30 09:00-12:00\n", 3,
                        "line 3 '2026-02-30 09:00-12:00': '2026-02-30' is not a valid date: expected an existing date as YYYY-MM-DD"),
                Arguments.of("zone UTC\nMon 09:00-17:00\nclosed 2026-3-1\n", 3,
                        "line 3 'closed 2026-3-1': '2026-3-1' is not a date: expected YYYY-MM-DD"),
                Arguments.of("zone UTC\nMon 09:00-17:00\nclosed\n", 3,
                        "line 3 'closed': expected 'closed YYYY-MM-DD' or 'closed yearly <rule>'"),
                Arguments.of("zone UTC\nMon 09:00-17:00\n2026-03-10\n", 3,
                        "line 3 '2026-03-10': expected one or more periods such as 09:00-17:00 after '2026-03-10'"),
                // no open time at all
                Arguments.of("zone UTC\n", 1,
                        "line 1 'zone UTC': Calendar in zone UTC has no open hours: add weekly hours, or special hours on a date that is not closed,"
                        + " exists in the zone and lies in the years 1 to 9999"),
                Arguments.of("zone UTC\n2026-03-10 09:00-17:00\nclosed 2026-03-10\n", 1,
                        "line 1 'zone UTC': Calendar in zone UTC has no open hours: add weekly hours, or special hours on a date that is not closed,"
                        + " exists in the zone and lies in the years 1 to 9999"),
                // yearly rules
                Arguments.of("zone UTC\nMon 09:00-17:00\nclosed yearly Christmas\n", 3,
                        "line 3 'closed yearly Christmas': 'Christmas' is not a yearly rule: " + RULE_EXPECTED),
                Arguments.of("zone UTC\nMon 09:00-17:00\nclosed yearly\n", 3,
                        "line 3 'closed yearly': expected a rule after 'closed yearly': MM-DD, 3rd Mon of Jan, last Mon of May or Easter+1"),
                Arguments.of("zone UTC\nMon 09:00-17:00\nclosed yearly 13-01\n", 3,
                        "line 3 'closed yearly 13-01': '13-01' has no month 13: expected MM-DD"),
                Arguments.of("zone UTC\nMon 09:00-17:00\nclosed yearly 02-30\n", 3,
                        "line 3 'closed yearly 02-30': '02-30' is not a day of the year: expected MM-DD such as 12-25"),
                Arguments.of("zone UTC\nMon 09:00-17:00\nclosed yearly 6th Mon of May\n", 3,
                        "line 3 'closed yearly 6th Mon of May': '6th' is not an ordinal: expected 1st, 2nd, 3rd, 4th, 5th or last"),
                Arguments.of("zone UTC\nMon 09:00-17:00\nclosed yearly last Mon of Mai\n", 3,
                        "line 3 'closed yearly last Mon of Mai': unknown month 'Mai': expected Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov or Dec"),
                Arguments.of("zone UTC\nMon 09:00-17:00\nclosed yearly last Mo of May\n", 3,
                        "line 3 'closed yearly last Mo of May': unknown day 'Mo': " + DAY_EXPECTED),
                Arguments.of("zone UTC\nMon 09:00-17:00\nclosed yearly Easter+400\n", 3,
                        "line 3 'closed yearly Easter+400': Easter offset must be -366 to 366 days, not 400"),
                Arguments.of("zone UTC\nMon 09:00-17:00\nclosed yearly 12-25 observed observed\n", 3,
                        "line 3 'closed yearly 12-25 observed observed': unexpected 'observed' after the rule: expected 'observed', 'substitute' or 'if <day> <+N or -N>', then 'from YYYY', then 'to YYYY', in that order"),
                Arguments.of("zone UTC\nMon 09:00-17:00\nclosed yearly 12-25 to 2030 from 2020\n", 3,
                        "line 3 'closed yearly 12-25 to 2030 from 2020': unexpected 'from' after the rule: expected 'observed', 'substitute' or 'if <day> <+N or -N>', then 'from YYYY', then 'to YYYY', in that order"),
                Arguments.of("zone UTC\nMon 09:00-17:00\nclosed yearly 12-25 from 2030 to 2020\n", 3,
                        "line 3 'closed yearly 12-25 from 2030 to 2020': Holiday years are reversed: from 2030 to 2020"),
                Arguments.of("zone UTC\nMon 09:00-17:00\nclosed yearly 12-25 from\n", 3,
                        "line 3 'closed yearly 12-25 from': expected a year (1 to 9999) after 'from'"),
                Arguments.of("zone UTC\nMon 09:00-17:00\nclosed yearly 12-25 from 0\n", 3,
                        "line 3 'closed yearly 12-25 from 0': year 0 is outside 1 to 9999"),
                // intersect
                Arguments.of("intersect\nzone UTC\nMon 09:00-17:00\n", 1,
                        "line 1 'intersect': 'intersect' must follow a calendar and precede another"),
                Arguments.of("zone UTC\nMon 09:00-17:00\nintersect now\nzone UTC\nTue 09:00-17:00\n", 3,
                        "line 3 'intersect now': expected 'intersect' alone on its line"),
                Arguments.of("zone UTC\nMon 09:00-17:00\nintersect\nTue 09:00-17:00\n", 4,
                        "line 4 'Tue 09:00-17:00': the calendar starting here has no 'zone' line: expected for example 'zone Europe/Berlin'"),
                // line numbers count comments and blank lines; the line is shown as written, trimmed
                Arguments.of("# our team\n\nzone UTC\n\n   Mon 25:00-26:00   # typo\n", 5,
                        "line 5 'Mon 25:00-26:00   # typo': '25:00' in '25:00-26:00' is not a time of day: expected 00:00 to 23:59, or 24:00 as an end"),
                Arguments.of("zone UTC\r\nMon 09:00-17:00\r\nTue 09:00-09:00\r\n", 3,
                        "line 3 'Tue 09:00-09:00': period '09:00-09:00' starts and ends at the same time: write 00:00-24:00 for a whole day"));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @MethodSource("badInput")
    void badInput_namesTheLineTheTextAndWhatWasExpected(String text, int line, String message) {
        assertThatThrownBy(() -> BusinessCalendar.parse(text))
                .isInstanceOf(CalendarFormatException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((CalendarFormatException) e).lineNumber()).isEqualTo(line));
    }

    @Test
    void emptyText() {
        for (String text : new String[] {"", "\n\n", "# nothing here\n   \n"}) {
            assertThatThrownBy(() -> BusinessCalendar.parse(text))
                    .isInstanceOf(CalendarFormatException.class)
                    .hasMessage("calendar text is empty: expected a 'zone' line and open hours")
                    .satisfies(e -> assertThat(((CalendarFormatException) e).lineNumber()).isZero());
        }
        assertThatThrownBy(() -> BusinessCalendar.parse("zone UTC\nMon 09:00-17:00\nintersect\n# nothing\n"))
                .isInstanceOf(CalendarFormatException.class)
                .hasMessage("calendar text ends with 'intersect': expected another calendar after it");
    }

    /** F4 in /work/notes/calendar-findings.md: special hours on dates that have no time are no open time. */
    @Test
    void noOpenTime_onASkippedDateOrOutsideTheSupportedYears() {
        assertThatThrownBy(() -> BusinessCalendar.parse("zone Pacific/Apia\n2011-12-30 09:00-17:00\n"))
                .isInstanceOf(CalendarFormatException.class)
                .hasMessageContaining("line 1 'zone Pacific/Apia'")
                .hasMessageContaining("no open hours");
    }

    /** Issue 14 §4: a date in year 0 is refused like a holiday rule for year 0 ('from 0'), with its line. */
    @Test
    void datesOutsideTheSupportedYears_areRefusedOnTheirLine() {
        assertThatThrownBy(() -> BusinessCalendar.parse("zone UTC\nMon 09:00-17:00\n0000-06-01 09:00-17:00\n"))
                .isInstanceOf(CalendarFormatException.class)
                .hasMessage("line 3 '0000-06-01 09:00-17:00': date 0000-06-01 is outside the supported years 1 to 9999");
        assertThatThrownBy(() -> BusinessCalendar.parse("zone UTC\nMon 09:00-17:00\nclosed 0000-12-25\n"))
                .isInstanceOf(CalendarFormatException.class)
                .hasMessage("line 3 'closed 0000-12-25': date 0000-12-25 is outside the supported years 1 to 9999");
        assertThatThrownBy(() -> BusinessCalendar.builder(ZoneId.of("UTC"))
                .special(java.time.LocalDate.of(0, 6, 1), LocalTime.of(9, 0), LocalTime.of(17, 0)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("date 0000-06-01 is outside the supported years 1 to 9999");
        assertThatThrownBy(() -> BusinessCalendar.builder(ZoneId.of("UTC")).closed(java.time.LocalDate.of(10000, 1, 1)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("date +10000-01-01 is outside the supported years 1 to 9999");
        assertThatThrownBy(() -> HolidayRule.fixed(java.time.Month.MAY, 1).from(0))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("year 0 is outside 1 to 9999");
        // the first and last supported dates are accepted
        assertThat(BusinessCalendar.parse("zone UTC\n0001-01-01 09:00-17:00\n9999-12-31 09:00-17:00\n")
                .isBusinessDay(java.time.LocalDate.of(9999, 12, 31))).isTrue();
    }

    @Test
    void theLineIsKeptAsWritten() {
        CalendarFormatException e = (CalendarFormatException) org.assertj.core.api.Assertions.catchThrowable(
                () -> BusinessCalendar.parse("zone UTC\n  Mon 25:00-26:00\n"));
        assertThat(e.lineNumber()).isEqualTo(2);
        assertThat(e.line()).isEqualTo("  Mon 25:00-26:00");
    }

    // ------------------------------------------------------------------ what is accepted

    private static final BusinessCalendar PLAIN = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
            .open(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(12, 0))
            .open(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalTime.of(13, 0), LocalTime.of(17, 0))
            .build();

    static Stream<String> samePlainCalendar() {
        return Stream.of(
                "zone Europe/Berlin\nMon,Wed,Fri 09:00-12:00 13:00-17:00\n",
                "# comments and blank lines are ignored\n\nzone Europe/Berlin   # the team\n\nMon,Wed,Fri 09:00-12:00 13:00-17:00\n",
                "ZONE Europe/Berlin\nmon,WED,fri 09:00-12:00 13:00-17:00\n",
                "zone Europe/Berlin\nMon 09:00-12:00\nMon 13:00-17:00\nWed 09:00-12:00 13:00-17:00\nFri 13:00-17:00\nFri 09:00-12:00\n",
                "zone Europe/Berlin\nMon,Wed 09:00-12:00 13:00-17:00\nFri 09:00-10:00 10:00-12:00 13:00-15:30 15:30-17:00\n",
                "Mon,Wed,Fri 9:00-12:00 13:00:00-17:00\nzone Europe/Berlin\n",
                "\tzone\tEurope/Berlin\r\nMon,Wed,Fri\t09:00-12:00  13:00-17:00\r\n");
    }

    @ParameterizedTest
    @MethodSource("samePlainCalendar")
    void equivalentSpellings_giveEqualCalendars(String text) {
        BusinessCalendar c = BusinessCalendar.parse(text);
        assertThat(c).isEqualTo(PLAIN).hasSameHashCodeAs(PLAIN);
        assertThat(c.toString()).isEqualTo(PLAIN.toString());
    }

    @Test
    void toString_writesTheFormat() {
        assertThat(BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\n").toString()).isEqualTo("zone UTC\nMon-Fri 09:00-17:00\n");
        assertThat(PLAIN.toString()).isEqualTo("zone Europe/Berlin\nMon 09:00-12:00 13:00-17:00\nWed 09:00-12:00 13:00-17:00\n"
                + "Fri 09:00-12:00 13:00-17:00\n");
    }

    @Test
    void rangesOfDays_andWrappingRanges() {
        BusinessCalendar wrap = BusinessCalendar.parse("zone UTC\nFri-Mon 10:00-14:00\n");
        assertThat(wrap).isEqualTo(BusinessCalendar.parse("zone UTC\nFri,Sat,Sun,Mon 10:00-14:00\n"));
        assertThat(wrap.isOpen(Instant.parse("2026-03-15T11:00:00Z"))).isTrue(); // Sunday
        assertThat(wrap.isOpen(Instant.parse("2026-03-10T11:00:00Z"))).isFalse(); // Tuesday
        BusinessCalendar mixed = BusinessCalendar.parse("zone UTC\nMon-Wed,Fri 10:00-14:00\n");
        assertThat(mixed).isEqualTo(BusinessCalendar.parse("zone UTC\nMon,Tue,Wed,Fri 10:00-14:00\n"));
        assertThat(mixed.isOpen(Instant.parse("2026-03-12T11:00:00Z"))).isFalse(); // Thursday
        assertThat(BusinessCalendar.parse("zone UTC\nMon-Sun 10:00-14:00\n"))
                .isEqualTo(BusinessCalendar.parse("zone UTC\nmon-SUN 10:00-14:00\n"));
        assertThat(BusinessCalendar.parse("zone UTC\nWed-Wed 10:00-14:00\n"))
                .isEqualTo(BusinessCalendar.parse("zone UTC\nWed 10:00-14:00\n"));
    }

    @Test
    void yearlyRules_areCaseInsensitive() {
        BusinessCalendar a = BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\nclosed yearly easter+1\n"
                + "closed yearly LAST mon OF may OBSERVED FROM 2020 TO 2030\nCLOSED 2026-12-24\n");
        BusinessCalendar b = BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\nclosed yearly Easter+1\n"
                + "closed yearly last Mon of May observed from 2020 to 2030\nclosed 2026-12-24\n");
        assertThat(a).isEqualTo(b);
        assertThat(a.isOpen(Instant.parse("2026-04-06T10:00:00Z"))).isFalse();
        assertThat(a.isOpen(Instant.parse("2026-05-25T10:00:00Z"))).isFalse();
        assertThat(a.isOpen(Instant.parse("2031-05-26T10:00:00Z"))).isTrue(); // last Monday of May 2031, after the range
    }

    @Test
    void secondsInPeriods_roundTrip() {
        BusinessCalendar c = BusinessCalendar.parse("zone UTC\nMon 09:00:30-17:00:15\n");
        assertThat(c.toString()).isEqualTo("zone UTC\nMon 09:00:30-17:00:15\n");
        assertThat(BusinessCalendar.parse(c.toString())).isEqualTo(c);
        assertThat(c.between(Instant.parse("2026-03-09T00:00:00Z"), Instant.parse("2026-03-10T00:00:00Z")))
                .isEqualTo(Duration.ofHours(8).minusSeconds(15));
    }

    @Test
    void intersectSections() {
        BusinessCalendar c = BusinessCalendar.parse("""
                # the team
                zone Europe/Berlin
                Mon-Fri 09:00-17:00
                intersect
                # the customer's contract
                zone America/New_York
                Mon-Fri 08:00-18:00
                closed 2026-03-11
                """);
        BusinessCalendar team = BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 09:00-17:00\n");
        BusinessCalendar customer = BusinessCalendar.parse("zone America/New_York\nMon-Fri 08:00-18:00\nclosed 2026-03-11\n");
        assertThat(c).isEqualTo(team.intersection(customer));
        assertThat(BusinessCalendar.parse(c.toString())).isEqualTo(c);
        assertThat(c.toString()).contains("intersect\n");
        // Monday 2026-03-09: New York opens 08:00 EDT = 12:00Z; Berlin closes 17:00 CET = 16:00Z
        assertThat(c.openPeriods(Instant.parse("2026-03-09T00:00:00Z"), Instant.parse("2026-03-10T00:00:00Z")))
                .containsExactly(OpenPeriod.of(Instant.parse("2026-03-09T12:00:00Z"), Instant.parse("2026-03-09T16:00:00Z")));
        assertThat(c.isOpen(Instant.parse("2026-03-11T13:00:00Z"))).isFalse();
        // three calendars
        BusinessCalendar three = BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\nintersect\nzone UTC\nMon-Sun 12:00-20:00\n"
                + "intersect\nzone UTC\nMon-Fri 00:00-14:00\n");
        assertThat(three.openPeriods(Instant.parse("2026-03-09T00:00:00Z"), Instant.parse("2026-03-10T00:00:00Z")))
                .containsExactly(OpenPeriod.of(Instant.parse("2026-03-09T12:00:00Z"), Instant.parse("2026-03-09T14:00:00Z")));
        assertThat(BusinessCalendar.parse(three.toString())).isEqualTo(three);
    }

    @Test
    void offsetZones() {
        BusinessCalendar c = BusinessCalendar.parse("zone +02:00\nMon-Fri 09:00-17:00\n");
        assertThat(c.zone()).isEqualTo(ZoneId.of("+02:00"));
        assertThat(c.isOpen(Instant.parse("2026-03-09T07:00:00Z"))).isTrue();
        assertThat(BusinessCalendar.parse(c.toString())).isEqualTo(c);
    }

    @Test
    void equality_doesNotDependOnTheOrderOfLines() {
        BusinessCalendar a = BusinessCalendar.parse("""
                zone UTC
                Mon-Fri 09:00-17:00
                closed 2026-03-10
                closed 2026-03-11
                closed yearly 12-25
                closed yearly Easter+1
                2026-03-14 10:00-12:00
                2026-03-15 10:00-12:00
                """);
        BusinessCalendar b = BusinessCalendar.parse("""
                zone UTC
                2026-03-15 10:00-12:00
                closed yearly Easter+1
                closed 2026-03-11
                Fri 09:00-17:00
                closed yearly 12-25
                2026-03-14 10:00-12:00
                Mon-Thu 09:00-17:00
                closed 2026-03-10
                """);
        assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(b.toString()).isEqualTo(a.toString());
    }

    // ------------------------------------------------------------------ lines, limits, size

    @Test
    void byteOrderMark_atTheStart_isNotPartOfTheZoneLine() {
        assertThat(BusinessCalendar.parse("\uFEFFzone Europe/Berlin\nMon,Wed,Fri 09:00-12:00 13:00-17:00\n")).isEqualTo(PLAIN);
    }

    @Test
    void unicodeLineSeparators_endLines() {
        assertThat(BusinessCalendar.parse("zone Europe/Berlin\u2028Mon,Wed,Fri 09:00-12:00 13:00-17:00\u0085"))
                .isEqualTo(PLAIN);
        assertThatThrownBy(() -> BusinessCalendar.parse("zone UTC\u2029\u2029Mon 9-17"))
                .hasMessage("line 3 'Mon 9-17': '9' in '9-17' is not a time: expected HH:MM or HH:MM:SS");
    }

    @Test
    void aLongBadLine_isQuotedAsAnExcerpt() {
        String periods = "09:00-09:01 ".repeat(70) + "9-17";
        CalendarFormatException e = (CalendarFormatException) org.assertj.core.api.Assertions.catchThrowable(
                () -> BusinessCalendar.parse("zone UTC\nMon " + periods + "\n"));
        String excerpt = ("Mon " + periods).substring(0, 80) + "...";
        assertThat(e.line()).isEqualTo(excerpt);
        assertThat(e).hasMessage("line 2 '" + excerpt + "': period 09:00-09:01 overlaps period 09:00-09:01 of the same day");
    }

    @Test
    void aLineLongerThanAThousandCharacters_isRefused() {
        String ok = "Mon 09:00-17:00 # " + "c".repeat(1000 - 18);
        assertThat(BusinessCalendar.parse("zone UTC\n" + ok)).isEqualTo(BusinessCalendar.parse("zone UTC\nMon 09:00-17:00"));
        assertThatThrownBy(() -> BusinessCalendar.parse("zone UTC\n" + ok + "c"))
                .isInstanceOf(CalendarFormatException.class)
                .hasMessage("line 2 '" + ("Mon 09:00-17:00 # " + "c".repeat(62)) + "...': the line has 1001 characters: expected at most 1000");
    }

    /** Killed PIT mutants of the text form (README, "Mutation testing"). */
    @org.junit.jupiter.api.Nested
    class MutationSurvivors {

        @Test
        void theLastSecondOfADay_isATime() {
            BusinessCalendar c = BusinessCalendar.parse("zone UTC\nMon 23:59:59-24:00\n");
            assertThat(c.isOpen(Instant.parse("2026-03-02T23:59:59Z"))).isTrue();
            assertThat(c.isOpen(Instant.parse("2026-03-02T23:59:58Z"))).isFalse();
            assertThat(c.toString()).isEqualTo("zone UTC\nMon 23:59:59-24:00\n");
        }

        @Test
        void anEndOf24_isWrittenAs24() {
            assertThat(BusinessCalendar.parse("zone UTC\nMon 16:00-24:00\n").toString()).isEqualTo("zone UTC\nMon 16:00-24:00\n");
        }

        @Test
        void aDashFirst_leavesAnEmptyTimeOrDay() {
            assertThatThrownBy(() -> BusinessCalendar.parse("zone UTC\nMon -17:00\n"))
                    .isInstanceOf(CalendarFormatException.class)
                    .hasMessage("line 2 'Mon -17:00': '' in '-17:00' is not a time: expected HH:MM or HH:MM:SS");
            assertThatThrownBy(() -> BusinessCalendar.parse("zone UTC\n-Fri 09:00-17:00\n"))
                    .isInstanceOf(CalendarFormatException.class)
                    .hasMessageStartingWith("line 2 '-Fri 09:00-17:00': unknown day '': ");
        }

        @Test
        void aYearlyRuleEndsAtTheFirstWordWithAColon() {
            // the rule is 12-24; the period ":09-12:00" starts with ":09" (the time before its first dash)
            assertThatThrownBy(() -> BusinessCalendar.parse("zone UTC\nMon 09:00-17:00\nyearly 12-24 :09-12:00\n"))
                    .isInstanceOf(CalendarFormatException.class)
                    .hasMessage("line 3 'yearly 12-24 :09-12:00': ':09' in ':09-12:00' is not a time: expected HH:MM or HH:MM:SS");
        }
    }
}

package org.slakit.holidays.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarFormatException;
import org.slakit.calendar.spi.Holiday;

class IcalHolidaySourceTest {

    /** An iCalendar text around the given VEVENT bodies, with CRLF line ends as RFC 5545 writes them. */
    static String ics(String... events) {
        StringBuilder b = new StringBuilder("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//slakit//test//EN\n");
        int uid = 0;
        for (String e : events) {
            b.append("BEGIN:VEVENT\nUID:e").append(uid++).append("@test\nDTSTAMP:20260101T000000Z\n")
                    .append(e.strip()).append("\nEND:VEVENT\n");
        }
        return b.append("END:VCALENDAR\n").toString().replace("\n", "\r\n");
    }

    static List<Holiday> holidays(String text, int year) {
        return IcalHolidaySource.ofTexts(Map.of("feed", text)).holidays("feed", year);
    }

    static Holiday h(String date, String name) {
        return new Holiday(LocalDate.parse(date), name);
    }

    @Test
    void allDayEventsCloseTheirDatesWithTheirNames() {
        String text = ics("""
                SUMMARY:Tag der Deutschen Einheit
                DTSTART;VALUE=DATE:20261003
                """, """
                SUMMARY:Betriebsferien
                DTSTART;VALUE=DATE:20261228
                DTEND;VALUE=DATE:20270102
                """, """
                SUMMARY:Inventur
                DTSTART;VALUE=DATE:20260601
                DURATION:P2D
                """);
        assertThat(holidays(text, 2026)).containsExactly(
                h("2026-06-01", "Inventur"), h("2026-06-02", "Inventur"),
                h("2026-10-03", "Tag der Deutschen Einheit"),
                h("2026-12-28", "Betriebsferien"), h("2026-12-29", "Betriebsferien"),
                h("2026-12-30", "Betriebsferien"), h("2026-12-31", "Betriebsferien"));
        assertThat(holidays(text, 2027)).containsExactly(h("2027-01-01", "Betriebsferien"));
        assertThat(holidays(text, 2025)).isEmpty();
    }

    @Test
    void yearlyRecurrencesOnTheSameDate() {
        String text = ics("""
                SUMMARY:Christmas Day
                DTSTART;VALUE=DATE:20201225
                RRULE:FREQ=YEARLY
                """, """
                SUMMARY:Leap day
                DTSTART;VALUE=DATE:20200229
                RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29
                """, """
                SUMMARY:Every other year
                DTSTART;VALUE=DATE:20200701
                RRULE:FREQ=YEARLY;INTERVAL=2;UNTIL=20241231
                """, """
                SUMMARY:Three times
                DTSTART;VALUE=DATE:20200801
                RRULE:FREQ=YEARLY;COUNT=3
                EXDATE;VALUE=DATE:20210801
                RDATE;VALUE=DATE:20210802
                """);
        assertThat(holidays(text, 2019)).isEmpty();
        assertThat(holidays(text, 2020)).extracting(Holiday::date).containsExactly(LocalDate.parse("2020-02-29"),
                LocalDate.parse("2020-07-01"), LocalDate.parse("2020-08-01"), LocalDate.parse("2020-12-25"));
        assertThat(holidays(text, 2021)).containsExactly(h("2021-08-02", "Three times"), h("2021-12-25", "Christmas Day"));
        assertThat(holidays(text, 2022)).extracting(Holiday::date).containsExactly(LocalDate.parse("2022-07-01"),
                LocalDate.parse("2022-08-01"), LocalDate.parse("2022-12-25"));
        assertThat(holidays(text, 2023)).extracting(Holiday::date).containsExactly(LocalDate.parse("2023-12-25"));
        assertThat(holidays(text, 2024)).extracting(Holiday::date).containsExactly(LocalDate.parse("2024-02-29"),
                LocalDate.parse("2024-07-01"), LocalDate.parse("2024-12-25"));
        assertThat(holidays(text, 2026)).extracting(Holiday::date).containsExactly(LocalDate.parse("2026-12-25"));
        assertThat(holidays(text, 9999)).extracting(Holiday::date).containsExactly(LocalDate.parse("9999-12-25"));
    }

    @Test
    void yearlyRecurrenceOnOneWeekdayOfAMonth() {
        String text = ics("""
                SUMMARY:Memorial Day
                DTSTART;VALUE=DATE:20200525
                RRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO
                """, """
                SUMMARY:Thanksgiving
                DTSTART;VALUE=DATE:20201126
                RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH
                """);
        assertThat(holidays(text, 2026)).containsExactly(h("2026-05-25", "Memorial Day"), h("2026-11-26", "Thanksgiving"));
        assertThat(holidays(text, 2027)).containsExactly(h("2027-05-31", "Memorial Day"), h("2027-11-25", "Thanksgiving"));
    }

    @Test
    void cancelledEventsAndOtherComponentsCloseNothing() {
        String text = ics("""
                SUMMARY:Called off
                STATUS:CANCELLED
                DTSTART;VALUE=DATE:20261224
                """).replace("END:VCALENDAR", "BEGIN:VTODO\r\nUID:t@test\r\nDTSTAMP:20260101T000000Z\r\n"
                + "SUMMARY:Order cake\r\nEND:VTODO\r\nEND:VCALENDAR");
        assertThat(holidays(text, 2026)).isEmpty();
    }

    @Test
    void timedEventsAreRefusedNamingTheEventAndTheFeed() {
        assertThatThrownBy(() -> holidays(ics("""
                SUMMARY:Team offsite
                DTSTART:20261224T090000Z
                DTEND:20261224T120000Z
                """), 2026))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event 'Team offsite' (DTSTART 20261224T090000Z) in iCalendar text 'feed' starts at a time of"
                        + " day (DTSTART:20261224T090000Z): expected an all-day event such as DTSTART;VALUE=DATE:20261225,"
                        + " since a holiday closes whole dates of the calendar's own zone");
    }

    @Test
    void timedEventsInATimeZoneAreRefusedToo() {
        assertThatThrownBy(() -> holidays(ics("""
                SUMMARY:Meeting
                DTSTART;TZID=Europe/Berlin:20261224T090000
                DTEND;TZID=Europe/Berlin:20261224T100000
                """), 2026))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("event 'Meeting' (DTSTART 20261224T090000) in iCalendar text 'feed' starts at a time of day"
                        + " (DTSTART;TZID=Europe/Berlin:20261224T090000): expected an all-day event");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> holidays(ics("""
                SUMMARY:Backwards
                DTSTART;VALUE=DATE:20261224
                DTEND;VALUE=DATE:20261224
                """), 2026))
                .hasMessage("event 'Backwards' (DTSTART 20261224) in iCalendar text 'feed' ends on 2026-12-24, not after its"
                        + " start 2026-12-24: expected DTEND after DTSTART (DTEND is the first date after the event)");
    }

    @Test
    void recurrencesOtherThanYearlyAreRefused() {
        assertThatThrownBy(() -> holidays(ics("""
                SUMMARY:Every Friday
                DTSTART;VALUE=DATE:20260102
                RRULE:FREQ=WEEKLY
                """), 2026))
                .hasMessage("RRULE FREQ=WEEKLY of event 'Every Friday' (DTSTART 20260102) in iCalendar text 'feed' repeats"
                        + " FREQ=WEEKLY: expected FREQ=YEARLY (holidays repeat once a year) or no RRULE");
        assertThatThrownBy(() -> holidays(ics("""
                SUMMARY:Odd
                DTSTART;VALUE=DATE:20260102
                RRULE:FREQ=YEARLY;BYSETPOS=1;BYMONTH=1
                """), 2026))
                .hasMessageContaining("uses BYSETPOS: expected only INTERVAL, COUNT, UNTIL, BYMONTH, BYMONTHDAY and BYDAY");
        assertThatThrownBy(() -> holidays(ics("""
                SUMMARY:Memorial Day
                DTSTART;VALUE=DATE:20260526
                RRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO
                """), 2026))
                .hasMessageContaining("picks 2026-05-25 in 2026, not the start 2026-05-26: expected a start that the rule picks");
    }

    @Test
    void notICalendarIsRefused() {
        assertThatThrownBy(() -> holidays("closed 2026-12-25\n", 2026))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("iCalendar text 'feed' is not iCalendar: ")
                .hasMessageEndingWith("expected BEGIN:VCALENDAR ... END:VCALENDAR (RFC 5545)");
    }

    @Test
    void filesAreReadRelativeToTheBaseDirectoryAndUsedByCalendarText(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("team holidays.ics"), ics("""
                SUMMARY:Christmas Day
                DTSTART;VALUE=DATE:20201225
                RRULE:FREQ=YEARLY
                """), StandardCharsets.UTF_8);
        IcalHolidaySource source = new IcalHolidaySource(dir);
        assertThat(source.holidays("team holidays.ics", 2026)).containsExactly(h("2026-12-25", "Christmas Day"));
        assertThat(source.holidays(dir.resolve("team holidays.ics").toString(), 2026)).hasSize(1);

        String text = "zone Europe/Berlin\nMon-Fri 09:00-17:00\nholidays ical team holidays.ics\n";
        BusinessCalendar c = BusinessCalendar.parse(text, List.of(source));
        assertThat(c.isOpen(Instant.parse("2026-12-24T10:00:00Z"))).isTrue();
        assertThat(c.isOpen(Instant.parse("2026-12-25T10:00:00Z"))).isFalse();
        assertThat(BusinessCalendar.parse(c.toString(), List.of(source))).isEqualTo(c);

        assertThatThrownBy(() -> BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\nholidays ical missing.ics\n",
                List.of(source)))
                .isInstanceOf(CalendarFormatException.class)
                .hasMessageStartingWith("line 3 'holidays ical missing.ics': cannot read iCalendar file 'missing.ics' (")
                .hasMessageContaining("expected a readable .ics file (UTF-8), its path absolute or relative to " + dir.toAbsolutePath());
    }

    @Test
    void theInstalledSourceIsFoundByCalendarText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("h.ics");
        Files.writeString(file, ics("SUMMARY:Neujahr\nDTSTART;VALUE=DATE:20200101\nRRULE:FREQ=YEARLY\n"), StandardCharsets.UTF_8);
        BusinessCalendar c = BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 09:00-17:00\nholidays ical " + file + "\n");
        assertThat(c.isOpen(Instant.parse("2027-01-01T10:00:00Z"))).isFalse();
        assertThat(c.isOpen(Instant.parse("2027-01-04T10:00:00Z"))).isTrue();
    }

    @Test
    void anUnknownTextNameIsRefused() {
        assertThatThrownBy(() -> IcalHolidaySource.ofTexts(Map.of("a", ics())).checkArgument("b"))
                .hasMessage("no iCalendar text 'b': expected one of a");
    }
}

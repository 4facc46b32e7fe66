package org.slakit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.spi.Holiday;
import org.slakit.calendar.spi.HolidaySource;

/** Issue 15: holidays from a source named in calendar text, {@code holidays <source> <argument>}. */
class HolidaySourceTest {

    /** German unity day and Christmas for "DE", Christmas only for "UK"; counts the years asked for. */
    static final class TestSource implements HolidaySource {
        final ConcurrentHashMap<Integer, AtomicInteger> asked = new ConcurrentHashMap<>();

        @Override
        public String name() {
            return "test";
        }

        @Override
        public void checkArgument(String argument) {
            if (!argument.equals("DE") && !argument.equals("UK")) {
                throw new IllegalArgumentException("unknown country '" + argument + "': expected DE or UK");
            }
        }

        @Override
        public List<Holiday> holidays(String argument, int year) {
            asked.computeIfAbsent(year, y -> new AtomicInteger()).incrementAndGet();
            List<Holiday> out = new ArrayList<>();
            if (argument.equals("DE")) {
                out.add(new Holiday(LocalDate.of(year, 10, 3), "Tag der Deutschen Einheit"));
            }
            out.add(new Holiday(LocalDate.of(year, 12, 25), "Christmas Day"));
            if (year < 9999) {
                out.add(new Holiday(LocalDate.of(year + 1, 1, 1), "next year's: ignored"));
            }
            return out;
        }
    }

    private static final String TEXT = """
            zone Europe/Berlin
            Mon-Fri 09:00-17:00
            holidays test DE   # German public holidays
            """;

    @Test
    void theSourcesDatesAreClosed_everyYear() {
        TestSource source = new TestSource();
        BusinessCalendar c = BusinessCalendar.parse(TEXT, List.of(source));
        assertThat(c.isBusinessDay(LocalDate.of(2026, 10, 2))).isTrue();
        assertThat(c.isBusinessDay(LocalDate.of(2026, 10, 3))).isFalse(); // a Saturday anyway
        assertThat(c.isBusinessDay(LocalDate.of(2025, 10, 3))).isFalse(); // a Friday
        assertThat(c.isBusinessDay(LocalDate.of(2025, 12, 25))).isFalse(); // a Thursday
        assertThat(c.isBusinessDay(LocalDate.of(2026, 1, 1))).isTrue(); // given for 2025, outside it: ignored
        assertThat(c.isBusinessDay(LocalDate.of(2500, 10, 3))).isFalse(); // a Friday in a far year
        assertThat(c.nextOpen(BusinessCalendarTest.at("2025-10-02T17:00+02:00[Europe/Berlin]")))
                .isEqualTo(BusinessCalendarTest.at("2025-10-06T09:00+02:00[Europe/Berlin]"));
    }

    @Test
    void textFormRoundTrips_andEqualityIsByNameAndArgument() {
        TestSource source = new TestSource();
        BusinessCalendar c = BusinessCalendar.parse(TEXT, List.of(source));
        assertThat(c.toString()).isEqualTo("zone Europe/Berlin\nMon-Fri 09:00-17:00\nholidays test DE\n");
        BusinessCalendar again = BusinessCalendar.parse(c.toString(), List.of(new TestSource()));
        assertThat(again).isEqualTo(c).hasSameHashCodeAs(c);
        assertThat(BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 09:00-17:00\nHOLIDAYS Test DE\n", List.of(source)))
                .isEqualTo(c);
        assertThat(BusinessCalendar.parse(TEXT.replace("DE", "UK"), List.of(source))).isNotEqualTo(c);
        BusinessCalendar built = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                .open(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
                .holidays(source, "DE")
                .holidays(source, "DE")
                .build();
        assertThat(built).isEqualTo(c);
    }

    @Test
    void eachYearIsAskedForOnce() {
        TestSource source = new TestSource();
        BusinessCalendar c = BusinessCalendar.parse(TEXT, List.of(source));
        for (int round = 0; round < 3; round++) {
            for (int year = 2020; year < 2030; year++) {
                c.isBusinessDay(LocalDate.of(year, 10, 3));
                c.isOpen(LocalDate.of(year, 12, 25).atTime(10, 0).atZone(c.zone()).toInstant());
            }
        }
        assertThat(source.asked.get(2025)).hasValue(1);
        assertThat(source.asked.keySet()).allSatisfy(year -> assertThat(source.asked.get(year)).hasValue(1));
    }

    @Test
    void errorsNameTheStatement() {
        TestSource source = new TestSource();
        assertThatThrownBy(() -> BusinessCalendar.parse("zone UTC\nMon 09:00-17:00\nholidays nosuch DE\n", List.of(source)))
                .isInstanceOf(CalendarFormatException.class)
                .hasMessage("line 3 'holidays nosuch DE': no holiday source 'nosuch' is installed: expected one of test");
        assertThatThrownBy(() -> BusinessCalendar.parse("zone UTC\nMon 09:00-17:00\nholidays nosuch DE\n"))
                .isInstanceOf(CalendarFormatException.class)
                .hasMessage("line 3 'holidays nosuch DE': no holiday source 'nosuch' is installed: none is (add a module"
                        + " such as sla-holidays-jollyday, or pass the source to BusinessCalendar.parse(text, sources))");
        assertThatThrownBy(() -> BusinessCalendar.parse("zone UTC\nMon 09:00-17:00\nholidays test XX\n", List.of(source)))
                .isInstanceOf(CalendarFormatException.class)
                .hasMessage("line 3 'holidays test XX': unknown country 'XX': expected DE or UK");
        assertThatThrownBy(() -> BusinessCalendar.parse("zone UTC\nMon 09:00-17:00\nholidays test\n", List.of(source)))
                .isInstanceOf(CalendarFormatException.class)
                .hasMessage("line 3 'holidays test': expected 'holidays <source> <argument>', for example 'holidays jollyday DE-BY'");
    }

    @Test
    void builder_refusesWhatTheTextFormCouldNotSay() {
        TestSource source = new TestSource();
        BusinessCalendar.Builder b = BusinessCalendar.builder(ZoneId.of("UTC"));
        assertThatThrownBy(() -> b.holidays(source, "DE # x")).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("holiday source argument 'DE # x' cannot be written on one line: expected text without '#',"
                        + " line breaks or surrounding spaces, such as DE-BY");
        assertThatThrownBy(() -> b.holidays(source, "#DE")).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("holiday source argument '#DE' cannot be written on one line");
        assertThatThrownBy(() -> b.holidays(source, "DE\nUK")).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.holidays(source, " ")).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.holidays(source, "XX")).hasMessage("unknown country 'XX': expected DE or UK");
        assertThatThrownBy(() -> b.holidays(null, "DE")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.holidays(source, null)).isInstanceOf(NullPointerException.class);
        HolidaySource spaced = new HolidaySource() {
            @Override
            public String name() {
                return "two words";
            }

            @Override
            public List<Holiday> holidays(String argument, int year) {
                return List.of();
            }
        };
        assertThatThrownBy(() -> b.holidays(spaced, "DE"))
                .hasMessage("holiday source name 'two words' is not one word: expected letters, digits, '_', '.' or '-'");
        assertThatThrownBy(() -> BusinessCalendar.parse("zone UTC\nMon 09:00-17:00\n", java.util.Arrays.asList(source, null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void twoSetsOfOneSource_areWrittenInCanonicalOrder_whateverTheOrderOfTheLines() {
        // canonical order is by source name, then argument: DE before UK (a hash set holds them the other way)
        TestSource source = new TestSource();
        HolidaySource other = new HolidaySource() {
            @Override
            public String name() {
                return "other";
            }

            @Override
            public List<Holiday> holidays(String argument, int year) {
                return List.of();
            }
        };
        BusinessCalendar c = BusinessCalendar.parse("zone UTC\nMon-Fri 09:00-17:00\nholidays test UK\nholidays test DE\nholidays other XX\n",
                List.of(source, other));
        assertThat(c.toString()).isEqualTo("zone UTC\nMon-Fri 09:00-17:00\nholidays other XX\nholidays test DE\nholidays test UK\n");
    }

    @Test
    void aHolidayHasADateAndAName() {
        assertThatThrownBy(() -> new Holiday(LocalDate.of(2026, 1, 1), " "))
                .hasMessage("Holiday on 2026-01-01 has a blank name: expected its name");
        assertThatThrownBy(() -> new Holiday(null, "x")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void holidayName_isTheSourcesName_forExplanations() {
        TestSource source = new TestSource();
        BusinessCalendar c = BusinessCalendar.parse(TEXT + "closed yearly 05-01\n", List.of(source));
        assertThat(c.holidayName(LocalDate.of(2025, 10, 3))).contains("Tag der Deutschen Einheit");
        assertThat(c.holidayName(LocalDate.of(2025, 12, 25))).contains("Christmas Day");
        assertThat(c.holidayName(LocalDate.of(2025, 5, 1))).isEmpty(); // closed by a rule: no name
        assertThat(c.holidayName(LocalDate.of(2025, 10, 2))).isEmpty();
        assertThat(c.holidayName(LocalDate.of(2026, 1, 1))).isEmpty(); // given with 2025's list, not 2026's
        BusinessCalendar both = BusinessCalendar.parse("zone UTC\nMon-Fri 00:00-24:00\n", List.of(source)).intersection(c);
        assertThat(both.holidayName(LocalDate.of(2025, 10, 3))).contains("Tag der Deutschen Einheit");
        assertThatThrownBy(() -> c.holidayName(LocalDate.of(0, 1, 1))).isInstanceOf(java.time.DateTimeException.class);
        assertThatThrownBy(() -> c.holidayName(null)).isInstanceOf(NullPointerException.class);
    }
}

package org.slakit.holidays.jollyday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarFormatException;
import org.slakit.calendar.spi.Holiday;
import org.slakit.calendar.spi.HolidaySource;

class JollydayHolidaySourceTest {

    private final JollydayHolidaySource source = new JollydayHolidaySource();

    @Test
    void bavariaIn2026WithGermanNames() {
        assertThat(source.holidays("DE-BY", 2026)).containsExactly(
                new Holiday(LocalDate.of(2026, 1, 1), "Neujahr"),
                new Holiday(LocalDate.of(2026, 1, 6), "Heilige Drei Könige"),
                new Holiday(LocalDate.of(2026, 4, 3), "Karfreitag"),
                new Holiday(LocalDate.of(2026, 4, 6), "Ostermontag"),
                new Holiday(LocalDate.of(2026, 5, 1), "Tag der Arbeit"),
                new Holiday(LocalDate.of(2026, 5, 14), "Christi Himmelfahrt"),
                new Holiday(LocalDate.of(2026, 5, 25), "Pfingstmontag"),
                new Holiday(LocalDate.of(2026, 6, 4), "Fronleichnam"),
                new Holiday(LocalDate.of(2026, 10, 3), "Tag der Deutschen Einheit"),
                new Holiday(LocalDate.of(2026, 11, 1), "Allerheiligen"),
                new Holiday(LocalDate.of(2026, 12, 25), "1. Weihnachtsfeiertag"),
                new Holiday(LocalDate.of(2026, 12, 26), "2. Weihnachtsfeiertag"));
    }

    @Test
    void berlinHasInternationalWomensDaySince2019() {
        assertThat(source.holidays("DE-BE", 2019)).contains(new Holiday(LocalDate.of(2019, 3, 8), "Internationaler Frauentag"));
        assertThat(source.holidays("DE-BE", 2018)).extracting(Holiday::date).doesNotContain(LocalDate.of(2018, 3, 8));
        assertThat(source.holidays("DE", 2019)).extracting(Holiday::date).doesNotContain(LocalDate.of(2019, 3, 8));
    }

    @Test
    void ukChristmasOnAWeekendClosesTheObservedWeekdays() {
        assertThat(source.holidays("GB-ENG", 2021)).extracting(Holiday::date)
                .contains(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28))
                .doesNotContain(LocalDate.of(2021, 12, 25), LocalDate.of(2021, 12, 26));
    }

    @Test
    void aHolidayObservedInTheYearBeforeBelongsToThatYear() {
        // New Year's Day 2022 was a Saturday: the US federal holiday was Friday, 2021-12-31
        assertThat(source.holidays("US", 2021)).contains(new Holiday(LocalDate.of(2021, 12, 31), "New Year's Day"));
        assertThat(source.holidays("US", 2022)).extracting(Holiday::date)
                .allSatisfy(d -> assertThat(d.getYear()).isEqualTo(2022))
                .doesNotContain(LocalDate.of(2022, 1, 1));
    }

    @Test
    void aLevelBelowTheSubdivision() {
        // Augsburg's Peace Festival, in Bavaria only there
        assertThat(source.holidays("DE-BY-AG", 2026)).extracting(Holiday::date).contains(LocalDate.of(2026, 8, 8));
        assertThat(source.holidays("DE-BY", 2026)).extracting(Holiday::date).doesNotContain(LocalDate.of(2026, 8, 8));
    }

    @Test
    void namesInEnglishForOtherCountriesAndInAChosenLanguage() {
        assertThat(source.holidays("GB", 2026)).contains(new Holiday(LocalDate.of(2026, 1, 1), "New Year's Day"));
        assertThat(new JollydayHolidaySource(Locale.ENGLISH).holidays("DE", 2026))
                .contains(new Holiday(LocalDate.of(2026, 10, 3), "German Unity Day"));
    }

    @Test
    void observancesAreNotClosed() {
        // Good Friday is an observance in Jollyday's Dutch data
        assertThat(source.holidays("NL", 2026)).extracting(Holiday::date).doesNotContain(LocalDate.of(2026, 4, 3));
    }

    @Test
    void everyYearOfTheCalendarIsAnswered() {
        assertThat(source.holidays("DE", 1)).extracting(Holiday::date).contains(LocalDate.of(1, 1, 1));
        assertThat(source.holidays("DE", 9999)).extracting(Holiday::date).contains(LocalDate.of(9999, 12, 25));
    }

    @Test
    void unknownCountryOrSubdivisionNamesTheArgumentAndTheExpectedCodes() {
        assertThatThrownBy(() -> source.checkArgument("XX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Jollyday has no country or calendar 'XX' (in 'XX'): expected one of ")
                .hasMessageContaining("DE, DJ_STOXX");
        assertThatThrownBy(() -> source.checkArgument("DE-XX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Jollyday has no subdivision 'DE-XX' (in 'DE-XX'): expected one of DE-BB, DE-BE, DE-BW, DE-BY,"
                        + " DE-HB, DE-HE, DE-HH, DE-MV, DE-NI, DE-NW, DE-RP, DE-SH, DE-SL, DE-SN, DE-ST, DE-TH");
        assertThatThrownBy(() -> source.checkArgument("de-by"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'de-by'").hasMessageContaining("expected upper-case codes");
        assertThatThrownBy(() -> source.checkArgument("DE-BE-XX"))
                .hasMessage("Jollyday has no subdivision 'DE-BE-XX' (in 'DE-BE-XX'): expected DE-BE alone, which has none");
    }

    @Test
    void registeredForTheClassPathToo() throws Exception {
        try (InputStream in = JollydayHolidaySource.class.getModule()
                .getResourceAsStream("META-INF/services/" + HolidaySource.class.getName())) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
                    .isEqualTo(JollydayHolidaySource.class.getName());
        }
    }

    @Test
    void foundThroughServiceLoaderByCalendarText() {
        // the calendar module resolves the statement through ServiceLoader (this module 'provides' it)
        BusinessCalendar c = BusinessCalendar.parse("""
                zone Europe/Berlin
                Mon-Fri 09:00-17:00
                holidays jollyday DE-BY
                """);
        assertThat(c.isOpen(Instant.parse("2026-10-02T10:00:00Z"))).isTrue();
        assertThat(c.isOpen(Instant.parse("2026-01-06T10:00:00Z"))).isFalse();   // Epiphany, Bavaria only
        assertThat(BusinessCalendar.parse(c.toString())).isEqualTo(c);
        assertThat(c.toString()).contains("holidays jollyday DE-BY");
    }

    @Test
    void anUnknownSubdivisionInCalendarTextIsAnErrorOnItsLine() {
        assertThatThrownBy(() -> BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 09:00-17:00\nholidays jollyday DE-XY\n"))
                .isInstanceOf(CalendarFormatException.class)
                .hasMessageStartingWith("line 3 'holidays jollyday DE-XY': Jollyday has no subdivision 'DE-XY'");
    }

    @Test
    void resultsAreUnmodifiable() {
        List<Holiday> list = source.holidays("DE", 2026);
        assertThatThrownBy(() -> list.add(list.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }
}

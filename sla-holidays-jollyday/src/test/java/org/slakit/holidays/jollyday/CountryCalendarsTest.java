package org.slakit.holidays.jollyday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.spi.Holiday;

/**
 * Countries' public holidays written in slakit's calendar text (with substitute days, {@code if}
 * moves and weekday windows) against Jollyday's data, 2010-2035: the same closed dates. The
 * calendars are open every day of the week, so that a holiday on a weekend counts too, and a
 * substitute that leaves the weekend date open shows.
 */
class CountryCalendarsTest {

    static final int FIRST = 2010;
    static final int LAST = 2035;

    private final JollydayHolidaySource jollyday = new JollydayHolidaySource();

    /** The dates the calendar closes, 2010-2035. */
    static Set<LocalDate> closed(String holidays) {
        BusinessCalendar c = BusinessCalendar.parse("zone UTC\nMon-Sun 09:00-17:00\n" + holidays);
        Set<LocalDate> out = new TreeSet<>();
        for (LocalDate d = LocalDate.of(FIRST, 1, 1); d.getYear() <= LAST; d = d.plusDays(1)) {
            if (!c.isBusinessDay(d)) {
                out.add(d);
            }
        }
        return out;
    }

    Set<LocalDate> jollyday(String argument) {
        Set<LocalDate> out = new TreeSet<>();
        for (int y = FIRST; y <= LAST; y++) {
            for (Holiday h : jollyday.holidays(argument, y)) {
                out.add(h.date());
            }
        }
        return out;
    }

    /** England (and Wales): bank holidays with substitutes that chain at Christmas, and the one-off ones. */
    static final String ENGLAND = """
            closed yearly 01-01 substitute
            closed yearly Easter-2
            closed yearly Easter+1
            closed yearly 1st Mon of May to 2019
            closed 2020-05-08                      # early May bank holiday moved for VE Day's 75th anniversary
            closed yearly 1st Mon of May from 2021
            closed 2023-05-08                      # the King's coronation
            closed yearly last Mon of May to 2011
            closed 2012-06-04                      # spring bank holiday moved for the Diamond Jubilee
            closed 2012-06-05                      # Diamond Jubilee
            closed yearly last Mon of May from 2013 to 2021
            closed 2022-06-02                      # spring bank holiday moved for the Platinum Jubilee
            closed 2022-06-03                      # Platinum Jubilee
            closed yearly last Mon of May from 2023
            closed yearly last Mon of Aug
            closed 2011-04-29                      # the royal wedding
            closed 2022-09-19                      # the Queen's state funeral
            closed yearly 12-25 substitute
            closed yearly 12-26 substitute
            """;

    @Test
    void englandsBankHolidaysWithChainedSubstitutes() {
        Set<LocalDate> written = closed(ENGLAND);
        assertThat(written).isEqualTo(jollyday("GB-ENG"));
        // Christmas on Saturday and Boxing Day on Sunday close Monday and Tuesday, not the weekend
        assertThat(written).contains(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28))
                .doesNotContain(LocalDate.of(2021, 12, 25), LocalDate.of(2021, 12, 26));
        // Christmas on Sunday, Boxing Day on Monday: Christmas moves to Tuesday
        assertThat(written).contains(LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27));
        assertThat(written).hasSize(26 * 8 + 5);   // eight a year, and five extra one-off days (three others replace one)
    }

    /** The Netherlands: King's Day moves from Sunday to the Saturday before (Queen's Day did too). */
    static final String NETHERLANDS = """
            closed yearly 01-01
            closed yearly Easter
            closed yearly Easter+1
            closed yearly 04-30 if Sun -1 to 2013     # Koninginnedag
            closed yearly 04-27 if Sun -1 from 2014   # Koningsdag
            closed yearly 05-05                       # Bevrijdingsdag
            closed yearly Easter+39
            closed yearly Easter+49
            closed yearly Easter+50
            closed yearly 12-25
            closed yearly 12-26
            """;

    @Test
    void theNetherlandsWithKingsDayMovedToSaturday() {
        Set<LocalDate> written = closed(NETHERLANDS);
        assertThat(written).isEqualTo(jollyday("NL"));
        assertThat(written).contains(LocalDate.of(2014, 4, 26), LocalDate.of(2025, 4, 26), LocalDate.of(2010, 4, 30))
                .doesNotContain(LocalDate.of(2014, 4, 27), LocalDate.of(2025, 4, 27));
        assertThat(LocalDate.of(2014, 4, 27).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }

    /** Sweden: Midsummer Eve is the Friday between June 19 and 25; All Saints' Day a Saturday. */
    static final String SWEDEN = """
            closed yearly 01-01
            closed yearly 01-06
            closed yearly Easter-2
            closed yearly Easter
            closed yearly Easter+1
            closed yearly 05-01
            closed yearly Easter+39
            closed yearly Easter+49
            closed yearly 06-06
            closed yearly Fri between 06-19 and 06-25   # midsommarafton
            closed yearly Sat between 06-20 and 06-26   # midsommardagen
            closed yearly Sat between 10-31 and 11-06   # alla helgons dag
            closed yearly 12-24
            closed yearly 12-25
            closed yearly 12-26
            closed yearly 12-31
            """;

    @Test
    void swedenWithMidsummerEve() {
        Set<LocalDate> written = closed(SWEDEN);
        assertThat(written).isEqualTo(jollyday("SE"));
        assertThat(written).contains(LocalDate.of(2026, 6, 19), LocalDate.of(2027, 6, 25), LocalDate.of(2026, 10, 31));
    }

    /**
     * Ireland: St Brigid's Day (from 2023) is the first Monday in February, or February 1 when that
     * is a Friday.
     */
    static final String IRELAND_AS_JOLLYDAY = """
            closed yearly 01-01
            closed yearly 02-01 if Tue +6 if Wed +5 if Thu +4 if Sat +2 if Sun +1 from 2023
            closed yearly 03-17
            closed yearly Easter
            closed yearly Easter+1
            closed yearly 1st Mon of May
            closed yearly 1st Mon of Jun
            closed yearly 1st Mon of Aug
            closed yearly last Mon of Oct
            closed yearly 12-25
            closed yearly 12-26
            """;

    @Test
    void irelandWithStBrigidsDay() {
        Set<LocalDate> written = closed(IRELAND_AS_JOLLYDAY);
        assertThat(written).isEqualTo(jollyday("IE"));
        // 2023: Feb 1 a Wednesday, so Monday Feb 6; 2030: Feb 1 a Friday, so Friday Feb 1
        assertThat(written).contains(LocalDate.of(2023, 2, 6), LocalDate.of(2030, 2, 1))
                .doesNotContain(LocalDate.of(2023, 2, 1), LocalDate.of(2030, 2, 4));
    }

    /**
     * Where Jollyday differs: it keeps Ireland's New Year's Day, St Patrick's Day, Christmas Day and
     * St Stephen's Day on their dates when they fall on a weekend, with no substitute weekday. Irish
     * practice (and this project's issue, which names Ireland with the UK and Australia) gives the
     * following weekday off, chained at Christmas. Written with {@code substitute}, the calendar
     * differs from Jollyday on exactly these dates: the 31 weekend dates below (counted outside
     * slakit) are open, and as many weekdays after them are closed instead.
     */
    @Test
    void irelandsSubstituteDaysAreWhereJollydayDiffers() {
        Set<LocalDate> withSubstitutes = closed(IRELAND_AS_JOLLYDAY
                .replace("closed yearly 01-01", "closed yearly 01-01 substitute")
                .replace("closed yearly 03-17", "closed yearly 03-17 substitute")
                .replace("closed yearly 12-25", "closed yearly 12-25 substitute")
                .replace("closed yearly 12-26", "closed yearly 12-26 substitute"));
        Set<LocalDate> fromJollyday = jollyday("IE");
        Set<LocalDate> onlyJollyday = new TreeSet<>(fromJollyday);
        onlyJollyday.removeAll(withSubstitutes);
        Set<LocalDate> onlyWritten = new TreeSet<>(withSubstitutes);
        onlyWritten.removeAll(fromJollyday);

        List<String> weekendHolidays = List.of("2010-12-25", "2010-12-26", "2011-01-01", "2011-12-25", "2012-01-01",
                "2012-03-17", "2013-03-17", "2015-12-26", "2016-12-25", "2017-01-01", "2018-03-17", "2019-03-17",
                "2020-12-26", "2021-12-25", "2021-12-26", "2022-01-01", "2022-12-25", "2023-01-01", "2024-03-17",
                "2026-12-26", "2027-12-25", "2027-12-26", "2028-01-01", "2029-03-17", "2030-03-17", "2032-12-25",
                "2032-12-26", "2033-01-01", "2033-12-25", "2034-01-01", "2035-03-17");
        assertThat(onlyJollyday).containsExactlyElementsOf(weekendHolidays.stream().map(LocalDate::parse).toList());
        assertThat(onlyWritten).hasSize(weekendHolidays.size())
                .allSatisfy(d -> assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
                .contains(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28), LocalDate.of(2024, 3, 18),
                        LocalDate.of(2022, 12, 27), LocalDate.of(2011, 1, 3));
    }
}

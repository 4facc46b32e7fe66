package org.slakit.holidays.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.slakit.calendar.spi.Holiday;

/**
 * Yearly all-day events against a slow reference that walks the years one by one from the start,
 * as RFC 5545 counts them (a February 29 start recurs in leap years only, and a year without the
 * date is not counted by COUNT).
 */
class IcalHolidaySourceProperties {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    /** The dates the event closes in {@code year}, walking every year from the start. */
    static List<LocalDate> reference(LocalDate start, int days, int interval, int count, int year) {
        List<LocalDate> out = new ArrayList<>();
        int n = 0;
        for (int y = start.getYear(); y <= year && (count == 0 || n < count); y += interval) {
            if (start.getMonthValue() == 2 && start.getDayOfMonth() == 29 && !java.time.Year.isLeap(y)) {
                continue;
            }
            LocalDate first = start.withYear(y);
            n++;
            for (int i = 0; i < days; i++) {
                if (first.plusDays(i).getYear() == year) {
                    out.add(first.plusDays(i));
                }
            }
        }
        return out;
    }

    @Test
    void yearlyEventsCloseWhatTheReferenceCloses() {
        QuickTheory.qt().withExamples(2000).forAll(
                integers().between(0, 400 * 366),   // start: days after 1900-01-01
                integers().between(1, 4 * 100 + 40), // interval 1-4, and 1-40 days long (packed)
                integers().between(0, 6),           // COUNT, 0 = none
                integers().between(-2, 60))         // the year asked, after the start's
                .checkAssert((startDay, intervalAndDays, count, offset) -> {
                    LocalDate start = LocalDate.of(1900, 1, 1).plusDays(startDay);
                    int interval = 1 + intervalAndDays / 100 % 4;
                    int days = 1 + intervalAndDays % 40;
                    int year = start.getYear() + offset;
                    String text = IcalHolidaySourceTest.ics("SUMMARY:Event\nDTSTART;VALUE=DATE:" + start.format(BASIC)
                            + "\nDTEND;VALUE=DATE:" + start.plusDays(days).format(BASIC)
                            + "\nRRULE:FREQ=YEARLY;INTERVAL=" + interval + (count == 0 ? "" : ";COUNT=" + count) + "\n");
                    List<LocalDate> got = IcalHolidaySource.ofTexts(Map.of("f", text)).holidays("f", year).stream()
                            .map(Holiday::date).toList();
                    assertThat(got).as("%s for %d days every %d years, COUNT %d, in %d", start, days, interval, count, year)
                            .containsExactlyInAnyOrderElementsOf(reference(start, days, interval, count, year));
                });
    }

    @Test
    void aLeapDayStartIsCheckedToo() {
        QuickTheory.qt().withExamples(300).forAll(integers().between(0, 99), integers().between(1, 3),
                integers().between(0, 5), integers().between(0, 40))
                .checkAssert((leap, interval, count, offset) -> {
                    int startYear = 1904 + 4 * leap;
                    LocalDate start = LocalDate.of(java.time.Year.isLeap(startYear) ? startYear : startYear + 4, 2, 29);
                    int year = start.getYear() + offset;
                    String text = IcalHolidaySourceTest.ics("SUMMARY:Leap\nDTSTART;VALUE=DATE:" + start.format(BASIC)
                            + "\nRRULE:FREQ=YEARLY;INTERVAL=" + interval + (count == 0 ? "" : ";COUNT=" + count) + "\n");
                    List<LocalDate> got = IcalHolidaySource.ofTexts(Map.of("f", text)).holidays("f", year).stream()
                            .map(Holiday::date).toList();
                    assertThat(got).as("%s every %d years, COUNT %d, in %d", start, interval, count, year)
                            .containsExactlyInAnyOrderElementsOf(reference(start, 1, interval, count, year));
                });
    }
}

package org.slakit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slakit.calendar.CalendarGen.pick;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@code plusBusinessDays}' fast path (epoch seconds and days, cached zone offsets) against the
 * plain {@code java.time} code it replaces ({@code BusinessDays.plusPlain}): the same instant, or
 * the same exception, for random calendars (night shifts, special hours, holidays, intersections)
 * moved into zones with daylight saving, half-hour offsets, fixed offsets and skipped dates, at
 * instants near period boundaries and offset transitions, shifted to far years, with nanoseconds.
 */
class FastBusinessDaysProperties {

    private static final int EXAMPLES = Integer.getInteger("slakit.examples", 1500) / 3;

    private static final List<ZoneId> MORE_ZONES = List.of(
            ZoneId.of("Europe/Berlin"), ZoneId.of("America/St_Johns"), ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Pacific/Apia"), ZoneId.of("Africa/Casablanca"),
            ZoneId.of("Asia/Tehran"), ZoneId.of("America/Sao_Paulo"), ZoneId.of("Pacific/Kiritimati"),
            ZoneId.of("+05:30"), ZoneId.of("-11:00"), ZoneId.of("UTC"), ZoneId.of("Europe/Dublin"));

    static final class Case {
        final BusinessCalendar calendar;
        final List<Instant> instants;
        final int[] days;

        Case(BusinessCalendar calendar, List<Instant> instants, int[] days) {
            this.calendar = calendar;
            this.instants = instants;
            this.days = days;
        }

        @Override
        public String toString() {
            return calendar + "\ninstants=" + instants + " days=" + java.util.Arrays.toString(days);
        }
    }

    private static Gen<Case> cases() {
        Gen<CalendarGen.Scenario> scenarios = CalendarGen.scenarios(1, 1, CalendarGen.SPREAD_DAYS);
        return in -> {
            CalendarGen.Scenario s = scenarios.generate(in);
            BusinessCalendar calendar = s.calendar;
            if (CalendarGen.chance(in, 40)) {
                // the same hours in another zone: every "zone" line of the text
                ZoneId zone = CalendarGen.oneOf(in, MORE_ZONES);
                calendar = BusinessCalendar.parse(calendar.toString().replaceAll("(?m)^zone .*$", "zone " + zone.getId()));
            }
            List<Instant> instants = new ArrayList<>();
            long yearShift = CalendarGen.chance(in, 25) ? pick(in, -2000, 7900) * 365L + pick(in, 0, 364) : 0;
            for (int k = 0; k < 6; k++) {
                Instant t;
                if (!s.boundaries.isEmpty() && CalendarGen.chance(in, 60)) {
                    t = CalendarGen.oneOf(in, s.boundaries).plusSeconds(pick(in, -2, 2) * (long) pick(in, 0, 3600));
                } else {
                    t = s.anchor.plusSeconds(pick(in, -6 * 86_400, 6 * 86_400));
                }
                if (CalendarGen.chance(in, 30)) {
                    t = t.plusNanos(pick(in, 1, 999_999_999));
                }
                t = t.plus(Duration.ofDays(yearShift));
                if (t.isBefore(Instant.parse("0001-01-01T00:00:00Z")) || !t.isBefore(Instant.parse("9999-06-01T00:00:00Z"))) {
                    t = s.anchor;
                }
                instants.add(t);
            }
            int[] days = new int[3];
            days[0] = pick(in, 1, 3);
            days[1] = pick(in, 1, 30);
            days[2] = pick(in, 1, 2000);
            return new Case(calendar, instants, days);
        };
    }

    /** The outcome of a call: the instant, or the exception's class and message. */
    private static Object outcome(java.util.function.Supplier<Instant> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Test
    void fastPath_equalsPlainCode() {
        org.quicktheories.QuickTheory.qt().withShrinkCycles(50).withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            BusinessDays fast = c.calendar.businessDays();
            // a second calendar, so that the plain code does not share the fast one's warmed caches
            BusinessDays plain = BusinessCalendar.parse(c.calendar.toString()).businessDays();
            for (Instant t : c.instants) {
                for (int d : c.days) {
                    assertThat(outcome(() -> fast.plus(t, d))).as("plusBusinessDays(%s, %d)", t, d)
                            .isEqualTo(outcome(() -> plain.plusPlain(t, d)));
                }
            }
        });
    }

    @Test
    void fastPath_equalsPlainCode_onDaylightSavingDays() {
        // every day of two years in zones whose transitions fall at and around midnight and in
        // the open hours, from every hour of the day, one to three days ahead
        String[] zones = {"America/Sao_Paulo", "Asia/Tehran", "Europe/Berlin", "Australia/Lord_Howe", "Pacific/Apia",
                "America/Havana", "Africa/Casablanca"};
        for (String zone : zones) {
            BusinessCalendar cal = BusinessCalendar.parse("zone " + zone + "\nMon-Fri 00:00-02:30 08:00-12:00 13:00-17:00\n"
                    + "Fri 22:00-06:00\nSat 10:00-11:00\n2010-03-27 04:00-09:00\nclosed 2010-10-08\n");
            BusinessDays fast = cal.businessDays();
            BusinessDays plain = BusinessCalendar.parse(cal.toString()).businessDays();
            Instant from = LocalDate.of(2010, 1, 1).atStartOfDay(ZoneId.of(zone)).toInstant();
            for (int h = 0; h < 2 * 366 * 24; h += 1) {
                Instant t = from.plusSeconds(h * 3600L + 1799);
                for (int d = 1; d <= 3; d++) {
                    int days = d;
                    assertThat(outcome(() -> fast.plus(t, days))).as("%s plusBusinessDays(%s, %d)", zone, t, days)
                            .isEqualTo(outcome(() -> plain.plusPlain(t, days)));
                }
            }
        }
    }

    @Test
    void fastPath_answersOrdinaryDays() {
        BusinessCalendar cal = BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 09:00-12:30 13:30-18:00\nSat 22:00-04:00\n");
        BusinessDays days = cal.businessDays();
        Instant t = Instant.parse("2026-11-24T09:30:00.5Z");
        assertThat(days.plusFast(t, 1)).isEqualTo(Instant.parse("2026-11-25T09:30:00.5Z"));
        assertThat(days.plusFast(Instant.parse("2026-11-28T23:00:00Z"), 1)).isEqualTo(Instant.parse("2026-11-30T17:00:00Z")); // 24 hours after Sat 00:00 is past Mon: its close
        assertThat(days.plusFast(Instant.parse("2026-11-27T16:00:00Z"), 3)).isEqualTo(Instant.parse("2026-12-01T16:00:00Z"));
        // a daylight-saving change within two days of the wanted local time: the plain code answers
        assertThat(days.plusFast(Instant.parse("2026-10-23T10:00:00Z"), 1)).isNull();
        BusinessCalendar fixed = BusinessCalendar.parse("zone +05:30\nMon-Fri 09:00-17:00\n");
        assertThat(fixed.businessDays().plusFast(Instant.parse("2026-11-24T05:00:00Z"), 2))
                .isEqualTo(Instant.parse("2026-11-26T05:00:00Z"));
    }

    @Test
    void epochDays_matchLocalDate() {
        for (long day = LocalDate.of(-1, 1, 1).toEpochDay(); day <= LocalDate.of(10_001, 1, 1).toEpochDay(); day += 1) {
            LocalDate date = LocalDate.ofEpochDay(day);
            assertThat(EpochDays.yearOf(day)).isEqualTo(date.getYear());
            if (date.getDayOfYear() == 1) {
                assertThat(EpochDays.firstDayOfYear(date.getYear())).isEqualTo(day);
            }
        }
    }
}

package org.slakit.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The collector's week of an instant ({@link MetricsCollector.WeekDays}, which keeps the offsets of
 * the spans between transitions it has seen) against the plain way, {@code LocalDate.ofInstant}
 * and back to the Monday, in zones with daylight saving at midnight (São Paulo, whose clocks went
 * back from 00:00 to 23:00 of the day before), half-hour offsets and shifts, a skipped date, and a
 * fixed offset; instants in any order, clustered around transitions and spread over decades.
 */
class FastWeekEquivalenceTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/Sao_Paulo"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Apia"),
            ZoneId.of("America/St_Johns"), ZoneId.of("UTC"), ZoneId.of("+05:45"));

    private static long plainMonday(Instant t, ZoneId zone) {
        LocalDate date = LocalDate.ofInstant(t, zone);
        return date.toEpochDay() - (date.getDayOfWeek().getValue() - 1);
    }

    @Test
    void theMondayOfEveryInstantIsTheLocalDatesMonday() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
            MetricsCollector.WeekDays days = new MetricsCollector.WeekDays(zone);
            Instant base = Instant.ofEpochSecond(r.nextLong(-1_000_000_000L, 2_500_000_000L));
            var next = zone.getRules().nextTransition(base);
            for (int i = 0; i < 200; i++) {
                Instant t;
                switch (r.nextInt(4)) {
                    case 0: // around the next transition, to the nanosecond
                        t = next == null ? base : next.getInstant().plusSeconds(r.nextLong(-90_000, 90_000))
                                .plusNanos(r.nextInt(3) == 0 ? r.nextInt(1_000_000_000) : 0);
                        break;
                    case 1: // exactly at it, or one nanosecond before
                        t = next == null ? base : next.getInstant().minusNanos(r.nextInt(2));
                        break;
                    case 2: // within a year
                        t = base.plusSeconds(r.nextLong(-31_536_000L, 31_536_000L));
                        break;
                    default: // anywhere in decades
                        t = Instant.ofEpochSecond(r.nextLong(-1_000_000_000L, 2_500_000_000L), r.nextInt(1_000_000_000));
                }
                assertThat(days.monday(t)).as("%s in %s", t, zone).isEqualTo(plainMonday(t, zone));
            }
        });
    }
}

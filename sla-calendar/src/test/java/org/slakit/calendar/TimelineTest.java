package org.slakit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Examples of the package-private {@link Timeline}: union, clipping and intersection of epoch-second pairs. */
class TimelineTest {

    private static long[] union(long... pairs) {
        long[] copy = pairs.clone();
        return Arrays.copyOf(copy, Timeline.union(copy, copy.length));
    }

    @Test
    void union_sortsMergesOverlappingAndTouchingPairs() {
        assertThat(union(9, 12, 13, 17)).containsExactly(9, 12, 13, 17);
        assertThat(union(13, 17, 9, 12)).containsExactly(9, 12, 13, 17);
        assertThat(union(20, 21, 13, 17, 9, 12)).containsExactly(9, 12, 13, 17, 20, 21);
        assertThat(union(9, 12, 11, 14)).containsExactly(9, 14);
        assertThat(union(9, 12, 12, 14)).containsExactly(9, 14);
        assertThat(union(9, 12, 9, 10)).containsExactly(9, 12);
    }

    /** Killed PIT mutants: empty periods where a period touches the year's edge or another calendar's period. */
    @Nested
    class MutationSurvivors {

        @Test
        void aPeriodEndingAtTheYearsFirstInstant_leavesNoEmptyPeriodInTheNextYear() {
            BusinessCalendar evenings = BusinessCalendar.parse("zone UTC\nMon-Sun 16:00-24:00\n");
            assertThat(evenings.isOpen(Instant.parse("2027-01-01T00:00:00Z"))).isFalse();
            assertThat(evenings.nextOpen(Instant.parse("2027-01-01T00:00:00Z"))).isEqualTo(Instant.parse("2027-01-01T16:00:00Z"));
            assertThat(evenings.nextClose(Instant.parse("2026-12-31T20:00:00Z"))).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        }

        @Test
        void anIntersectionOfTouchingPeriods_neverOpens() {
            BusinessCalendar both = BusinessCalendar.parse("zone UTC\nMon 09:00-12:00\n")
                    .intersection(BusinessCalendar.parse("zone UTC\nMon 12:00-17:00\n"));
            assertThat(both.isOpen(Instant.parse("2026-03-02T12:00:00Z"))).isFalse();
            assertThatThrownBy(() -> both.nextOpen(Instant.parse("2026-03-02T08:00:00Z"))).isInstanceOf(DateTimeException.class);
        }
    }
}

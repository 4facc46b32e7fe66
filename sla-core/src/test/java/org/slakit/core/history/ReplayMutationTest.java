package org.slakit.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The replay's test of "breached before": more than one nanosecond apart, at the carries of the nanoseconds. */
class ReplayMutationTest {

    private static boolean apart(long s1, int n1, long s2, int n2) {
        return SlaTimeline.moreThanOneNanoBefore(Instant.ofEpochSecond(s1, n1), Instant.ofEpochSecond(s2, n2));
    }

    @Test
    void moreThanOneNanoBefore_withinTheSameSecond() {
        assertThat(apart(5, 0, 5, 0)).isFalse();
        assertThat(apart(5, 0, 5, 1)).isFalse(); // 1 ns
        assertThat(apart(5, 0, 5, 2)).isTrue(); // 2 ns
        assertThat(apart(5, 3, 5, 1)).isFalse(); // b before a
    }

    @Test
    void moreThanOneNanoBefore_acrossOneSecond() {
        assertThat(apart(5, 999_999_999, 6, 0)).isFalse(); // s = 1, n = -999999999: 1 ns
        assertThat(apart(5, 999_999_999, 6, 1)).isTrue(); // 2 ns
        assertThat(apart(5, 0, 6, 0)).isTrue(); // s = 1, n = 0: 1 s
    }

    @Test
    void moreThanOneNanoBefore_acrossMoreSeconds() {
        assertThat(apart(5, 999_999_999, 7, 0)).isTrue(); // s = 2, n = -999999999: 1.000000001 s
        assertThat(apart(7, 0, 5, 0)).isFalse(); // s = -2
        assertThat(apart(6, 0, 5, 999_999_999)).isFalse(); // s = -1
    }
}

package org.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.slakit.core.internal.CoreAccess;

/**
 * Examples at the edges of the view's fast path that the equivalence properties reach only by
 * chance: the clock start from which {@link SlaPolicy#onTrackBeyond} leaves the case to the plain
 * path, {@link SlaPolicy#atLeastApart} one second beyond the whole seconds of the length, and the
 * guards of {@link CoreAccess}.
 */
class FastPathMutationTest {

    private static final SlaPolicy POLICY = SlaPolicy.builder(org.slakit.core.history.Histories.CALENDARS.get(0))
            .rule("all", Condition.always(), Target.elapsed(Duration.ofHours(4)))
            .warning(WarningThreshold.fraction(0.75))
            .build();

    /** {@code Instant.MAX}'s second less the longest target's seconds less one: 31556889864403199 - 3155760000 - 1. */
    private static final long SAFE_SECONDS = 31_556_889_864_403_199L - 3_155_760_000L - 1;

    @Test
    void aClockStartFromTheSafeSecondOnIsLeftToThePlainPath() {
        Target four = Target.elapsed(Duration.ofHours(4));
        // a start one second earlier is decided here: at the start itself the clock is on track for
        // 3 h (75% of 4 h) and due 4 h later, after a horizon end at the start
        Instant early = Instant.ofEpochSecond(SAFE_SECONDS - 1);
        assertThat(POLICY.onTrackBeyond(four, early, early, early)).isTrue();
        // from the safe second on, the answer is false (not decided), whatever the instants
        Instant safe = Instant.ofEpochSecond(SAFE_SECONDS);
        assertThat(POLICY.onTrackBeyond(four, safe, safe, safe)).isFalse();
        Instant later = Instant.ofEpochSecond(SAFE_SECONDS + 10);
        assertThat(POLICY.onTrackBeyond(four, later, later, later)).isFalse();
    }

    @Test
    void atLeastApart_oneSecondBeyondTheWholeSecondsOfTheLength_looksAtTheNanoseconds() {
        // 0.999999999 s to 2 s is 1.000000001 s apart: s = 2 = whole + 1 for a length of 1.999999999 s
        Instant from = Instant.ofEpochSecond(0, 999_999_999);
        Instant to = Instant.ofEpochSecond(2);
        assertThat(SlaPolicy.atLeastApart(from, to, 1_999_999_999L)).isFalse();
        assertThat(SlaPolicy.atLeastApart(from, to, 1_000_000_002L)).isFalse();
        assertThat(SlaPolicy.atLeastApart(from, to, 1_000_000_001L)).isTrue();
        assertThat(SlaPolicy.atLeastApart(from, to, 1_000_000_000L)).isTrue();
    }

    @Test
    void coreAccess_isInstalledOnceBySlaPolicy() {
        CoreAccess access = CoreAccess.get();
        assertThat(access).isNotNull();
        assertThat(access.getClass().getEnclosingClass()).isEqualTo(SlaPolicy.class);
        assertThatThrownBy(() -> CoreAccess.install(access)).isInstanceOf(IllegalStateException.class)
                .hasMessage("CoreAccess is installed already");
        assertThat(CoreAccess.get()).isSameAs(access);
    }
}

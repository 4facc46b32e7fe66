package org.slakit.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationStatsTest {

    private static DurationStats of(long... minutes) {
        DurationStats stats = new DurationStats();
        for (long m : minutes) {
            stats.add(Duration.ofMinutes(m));
        }
        return stats;
    }

    @Test
    void nearestRank_medianOfFourIsSecond() {
        DurationStats stats = of(40, 10, 30, 20);
        assertThat(stats.median()).isEqualTo(Duration.ofMinutes(20));
        assertThat(stats.p90()).isEqualTo(Duration.ofMinutes(40));
        assertThat(stats.min()).isEqualTo(Duration.ofMinutes(10));
        assertThat(stats.max()).isEqualTo(Duration.ofMinutes(40));
        assertThat(stats.mean()).isEqualTo(Duration.ofMinutes(25));
        assertThat(stats.count()).isEqualTo(4);
    }

    @Test
    void p90OfTenValuesIsTheNinth() {
        DurationStats stats = of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(stats.p90()).isEqualTo(Duration.ofMinutes(9));
        assertThat(stats.percentile(100)).isEqualTo(Duration.ofMinutes(10));
        assertThat(stats.percentile(0.1)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void countAtMost_includesTheLimit() {
        DurationStats stats = of(60, 24 * 60, 24 * 60 + 1, 5);
        assertThat(stats.countAtMost(Duration.ofHours(24))).isEqualTo(3);
        assertThat(stats.countAtMost(Duration.ZERO)).isZero();
    }

    @Test
    void addAfterQueryKeepsResultsRight() {
        DurationStats stats = of(30, 10);
        assertThat(stats.max()).isEqualTo(Duration.ofMinutes(30));
        stats.add(Duration.ofMinutes(5));
        assertThat(stats.min()).isEqualTo(Duration.ofMinutes(5));
        assertThat(stats.median()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void mergeEqualsAddingAll() {
        DurationStats a = of(1, 5, 9);
        a.merge(of(2, 7));
        assertThat(a.toString()).isEqualTo(of(1, 2, 5, 7, 9).toString());
        assertThat(a.toString()).isEqualTo("n=5 mean=PT4M48S median=PT5M p90=PT9M max=PT9M");
    }

    @Test
    void mergeIntoItself_doublesEveryValue() {
        DurationStats a = of(1, 5);
        a.merge(a);
        assertThat(a.toString()).isEqualTo(of(1, 1, 5, 5).toString());
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> new DurationStats().add(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1S");
        assertThatThrownBy(() -> new DurationStats().median())
                .isInstanceOf(IllegalStateException.class).hasMessage("No values to take the percentile of");
        assertThatThrownBy(() -> of(1).percentile(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 0.0");
        assertThat(new DurationStats().toString()).isEqualTo("n=0");
    }

    @Test
    void emptyStats_haveNoMeanMinOrMax_butATotalOfZero() {
        assertThatThrownBy(() -> new DurationStats().mean())
                .isInstanceOf(IllegalStateException.class).hasMessage("No values to take the mean of");
        assertThatThrownBy(() -> new DurationStats().min())
                .isInstanceOf(IllegalStateException.class).hasMessage("No values to take the min of");
        assertThatThrownBy(() -> new DurationStats().max())
                .isInstanceOf(IllegalStateException.class).hasMessage("No values to take the max of");
        assertThat(new DurationStats().total()).isZero();
        assertThat(new DurationStats().isEmpty()).isTrue();
    }

    @Test
    void total_meanMinAndMax() {
        DurationStats s = new DurationStats();
        s.add(Duration.ofSeconds(3));
        s.add(Duration.ofSeconds(1));
        s.add(Duration.ofMillis(2500));
        assertThat(s.total()).isEqualTo(Duration.ofMillis(6500));
        assertThat(s.mean()).isEqualTo(Duration.ofMillis(2166)); // 6500 / 3, truncated
        assertThat(s.min()).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.max()).isEqualTo(Duration.ofSeconds(3));
        assertThat(s.count()).isEqualTo(3);
        assertThat(s.isEmpty()).isFalse();
    }
}

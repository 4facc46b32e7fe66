package org.slakit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The per-year cache: near years kept, far years evicted least recently used first. */
class YearCacheTest {

    /** A cache of "year * 10" that counts how often each year is computed. */
    private static final class Counted {
        final ConcurrentHashMap<Integer, AtomicInteger> computed = new ConcurrentHashMap<>();
        final YearCache<Integer> cache = new YearCache<>(year -> {
            computed.computeIfAbsent(year, y -> new AtomicInteger()).incrementAndGet();
            return year * 10;
        });

        int computations(int year) {
            AtomicInteger n = computed.get(year);
            return n == null ? 0 : n.get();
        }
    }

    @Test
    void nearYears_areComputedOnceAndKept() {
        Counted c = new Counted();
        for (int round = 0; round < 3; round++) {
            for (int year = YearCache.FIRST; year <= YearCache.LAST; year++) {
                assertThat(c.cache.get(year)).isEqualTo(year * 10);
            }
        }
        assertThat(c.computations(1900)).isEqualTo(1);
        assertThat(c.computations(2299)).isEqualTo(1);
        assertThat(c.cache.farSize()).isZero();
    }

    /**
     * Issue 14 §3: the far-year map used to be emptied whenever it was full, so a working set of
     * far years was recomputed every time enough other far years passed through. A hot set of 100
     * far years, used between every two cold years, is now computed once each while 10,000 cold
     * years come and go.
     */
    @Test
    void farWorkingSet_staysWhileColdYearsComeAndGo() {
        Counted c = new Counted();
        int cold = 3000;
        for (int i = 0; i < 10_000; i++) {
            for (int hot = 2300; hot < 2400; hot += 7) { // 15 hot years per cold one, cycling
                int year = 2300 + (hot - 2300 + i) % 100;
                assertThat(c.cache.get(year)).isEqualTo(year * 10);
            }
            assertThat(c.cache.get(cold + i)).isEqualTo((cold + i) * 10);
            assertThat(c.cache.farSize()).isLessThanOrEqualTo(YearCache.FAR_LIMIT);
        }
        for (int year = 2300; year < 2400; year++) {
            assertThat(c.computations(year)).as("computations of hot year %d", year).isEqualTo(1);
            assertThat(c.cache.holdsFar(year)).isTrue();
        }
        assertThat(c.computations(cold)).isEqualTo(1);
        assertThat(c.cache.holdsFar(cold)).isFalse(); // the first cold year was evicted long ago
        assertThat(c.cache.holdsFar(cold + 9_999)).isTrue(); // the last one is still there
    }

    @Test
    void aScanOfFarYears_holdsAtMostTheLimit_andTheMostRecentYears() {
        Counted c = new Counted();
        for (int year = 1; year < 1900; year++) {
            c.cache.get(year);
        }
        assertThat(c.cache.farSize()).isBetween(YearCache.FAR_LIMIT * 3 / 4, YearCache.FAR_LIMIT);
        assertThat(c.cache.holdsFar(1899)).isTrue();
        assertThat(c.cache.holdsFar(1)).isFalse();
        // each year was computed once: a scan never recomputes
        assertThat(c.computed.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    }
}

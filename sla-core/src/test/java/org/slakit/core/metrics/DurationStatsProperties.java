package org.slakit.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Laws of {@link DurationStats}, checked against sorting a list (the obviously-correct reference). */
class DurationStatsProperties {

    @Test
    void percentilesMatchSortedListAndIgnoreOrder() {
        qt().withExamples(500)
                .forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 60), integers().between(1, 100))
                .checkAssert((values, percent) -> {
                    DurationStats forward = new DurationStats();
                    values.forEach(v -> forward.add(Duration.ofMillis(v)));
                    List<Integer> reversed = new ArrayList<>(values);
                    Collections.reverse(reversed);
                    DurationStats backward = new DurationStats();
                    reversed.forEach(v -> backward.add(Duration.ofMillis(v)));

                    List<Integer> sorted = new ArrayList<>(values);
                    Collections.sort(sorted);
                    // nearest rank: the smallest value with at least percent% of values <= it
                    int reference = sorted.stream()
                            .filter(v -> sorted.stream().filter(w -> w <= v).count() * 100 >= (long) percent * sorted.size())
                            .findFirst().orElseThrow();
                    assertThat(forward.percentile(percent)).isEqualTo(Duration.ofMillis(reference));
                    assertThat(backward.percentile(percent)).isEqualTo(Duration.ofMillis(reference));
                    assertThat(forward.max()).isEqualTo(Duration.ofMillis(sorted.get(sorted.size() - 1)));
                    assertThat(forward.mean()).isEqualTo(backward.mean());
                });
    }
}

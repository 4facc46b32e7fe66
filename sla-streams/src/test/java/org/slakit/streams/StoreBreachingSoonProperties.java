package org.slakit.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slakit.core.BreachingSoon;
import org.slakit.core.DurationClock;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SupportCase;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;

/**
 * The breaching-soon view over the topology's stores, of every clock of the policy (the update cadence
 * and each duration clock, timed on the status log the state keeps), merged from several instances,
 * equals the view selected with {@link BreachingSoon#select} over the cases as {@link CaseHistory#snapshotAt}
 * gives them, with their whole status logs.
 */
class StoreBreachingSoonProperties {

    @Test
    void theViewOverTheStores_ofEveryClock_equalsTheViewOverTheHistories() {
        qt().withExamples(150).forAll(Feeds.feeds()).checkAssert(feed -> {
            // the feed's policy, or one whose clocks pause and run per spell
            SlaPolicy policy = feed.random.nextBoolean() ? feed.policy : BreachingSoonPageProperties.CLOCKS;
            SlaTopology sla = SlaTopology.builder(policy).inMemoryStores(true).build();
            int instances = 1 + feed.random.nextInt(3);
            Instant now = feed.lastEventAt().plus(Duration.ofMinutes(feed.random.nextInt(3 * 24 * 60)));
            List<SupportCase> snapshots = feed.histories.stream().map(h -> h.snapshotAt(now)).toList();
            List<String> clocks = new ArrayList<>(List.of(SlaTransition.UPDATES));
            policy.clocks().stream().map(DurationClock::name).forEach(clocks::add);
            List<Harness> harnesses = new ArrayList<>();
            try {
                for (int i = 0; i < instances; i++) {
                    harnesses.add(new Harness(sla));
                }
                for (CaseEvent e : feed.events) {
                    harnesses.get(Math.floorMod(e.caseId().hashCode(), instances)).send(e);
                }
                for (String clock : clocks) {
                    BreachingSoon view = BreachingSoon.of(policy).forClock(clock)
                            .withHorizon(Duration.ofHours(feed.random.nextInt(200)));
                    if (feed.random.nextBoolean()) {
                        view = view.withLimit(1 + feed.random.nextInt(4));
                    }
                    List<BreachingSoonPage> pages = new ArrayList<>();
                    for (Harness h : harnesses) {
                        assertThat(h.deadLetters()).isEmpty();
                        pages.add(sla.breachingSoon(h.cases(), view, now));
                    }
                    assertThat(BreachingSoonPage.merge(pages)).as("clock %s", clock)
                            .isEqualTo(BreachingSoonPage.of(view.select(snapshots, now), view.limit()));
                }
            } finally {
                harnesses.forEach(Harness::close);
            }
        });
    }
}

package org.slakit.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.slakit.core.BreachingSoon;
import org.slakit.core.SlaState;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;

/**
 * The breaching-soon view across instances: the cases spread over up to four instances (each with
 * its own store, as partitions spread over application instances), each instance's page, merged,
 * equals {@link BreachingSoon} selected over all cases at once.
 */
class BreachingSoonPageProperties {

    @Test
    void mergedPagesOfInstances_equalTheViewOverAllCases() {
        qt().withExamples(150).forAll(Feeds.feeds()).checkAssert(feed -> {
            int instances = 1 + feed.random.nextInt(4);
            BreachingSoon view = BreachingSoon.of(feed.policy)
                    .withHorizon(Duration.ofMinutes(feed.random.nextInt(8 * 60)));
            if (feed.random.nextBoolean()) {
                view = view.withLimit(1 + feed.random.nextInt(4));
            }
            if (feed.random.nextInt(4) == 0) {
                view = view.forAssignee(Feeds.pick(feed.random, Feeds.ASSIGNEES));
            }
            Instant now = feed.lastEventAt().plusSeconds(feed.random.nextLong(3 * Feeds.DAY));
            SlaTopology sla = SlaTopology.builder(feed.policy).inMemoryStores(true).build();
            List<BreachingSoonPage> pages = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                try (Harness h = new Harness(sla)) {
                    for (CaseEvent e : feed.events) {
                        if (Math.floorMod(e.caseId().hashCode(), instances) == i) {
                            h.send(e);
                        }
                    }
                    pages.add(sla.breachingSoon(h.cases(), view, now));
                }
            }
            List<org.slakit.core.SupportCase> all = new ArrayList<>();
            for (CaseHistory h : feed.histories) {
                all.add(h.snapshotAt(now));
            }
            assertThat(BreachingSoonPage.merge(pages)).isEqualTo(BreachingSoonPage.of(view.select(all, now),
                    view.limit()));
        });
    }

    @Test
    void pagesOfDifferentViews_areNotMerged() {
        BreachingSoonPage a = new BreachingSoonPage(Instant.parse("2026-03-02T08:00:00Z"), "updates", List.of(), 0, java.util.Map.of(),
                java.util.Map.of(), 0, OptionalInt.of(5));
        BreachingSoonPage b = new BreachingSoonPage(Instant.parse("2026-03-02T09:00:00Z"), "updates", List.of(), 0, java.util.Map.of(),
                java.util.Map.of(), 0, OptionalInt.of(5));
        assertThatThrownBy(() -> BreachingSoonPage.merge(List.of(a, b))).hasMessage("Breaching-soon pages of different "
                + "views cannot be merged: one at 2026-03-02T08:00:00Z with limit OptionalInt[5], another at "
                + "2026-03-02T09:00:00Z with limit OptionalInt[5]");
        assertThatThrownBy(() -> BreachingSoonPage.merge(List.of()))
                .hasMessage("Nothing to merge: expected at least one breaching-soon page");
    }

    @Test
    void merge_takesTheEarliestDueOfAllParts_andSumsTheCounts() {
        Instant now = Instant.parse("2026-03-02T08:00:00Z");
        BreachingSoonPage.Entry c1 = new BreachingSoonPage.Entry("C-1", SlaState.BREACHED, "open",
                Instant.parse("2026-03-02T07:00:00Z"), Optional.of("ana"));
        BreachingSoonPage.Entry c2 = new BreachingSoonPage.Entry("C-2", SlaState.AT_RISK, "open",
                Instant.parse("2026-03-02T09:00:00Z"), Optional.empty());
        BreachingSoonPage.Entry c3 = new BreachingSoonPage.Entry("C-3", SlaState.AT_RISK, "first-response",
                Instant.parse("2026-03-02T08:30:00Z"), Optional.of("bo"));
        BreachingSoonPage a = new BreachingSoonPage(now, "updates", List.of(c1, c2), 5, java.util.Map.of("open", 5L),
                java.util.Map.of("ana", 4L), 1, OptionalInt.of(2));
        BreachingSoonPage b = new BreachingSoonPage(now, "updates", List.of(c3), 1, java.util.Map.of("first-response", 1L),
                java.util.Map.of("bo", 1L), 0, OptionalInt.of(2));
        BreachingSoonPage m = BreachingSoonPage.merge(List.of(a, b));
        assertThat(m.entries()).containsExactly(c1, c3);
        assertThat(m.total()).isEqualTo(6);
        assertThat(m.countsByRule()).containsOnly(java.util.Map.entry("open", 5L), java.util.Map.entry("first-response", 1L));
        assertThat(m.countsByAssignee()).containsOnly(java.util.Map.entry("ana", 4L), java.util.Map.entry("bo", 1L));
        assertThat(m.unassigned()).isEqualTo(1);
    }
}

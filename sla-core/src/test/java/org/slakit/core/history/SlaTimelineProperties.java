package org.slakit.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.slakit.core.Evaluation;
import org.slakit.core.SlaState;
import org.slakit.core.history.Histories.Example;

/** Laws of {@link SlaTimeline#replay}: it agrees with live evaluation of snapshots at every instant. */
class SlaTimelineProperties {

    static final int EXAMPLES = Integer.getInteger("slakit.examples", 300);

    /** Instants where something can happen: events, one nanosecond around them, due and at-risk instants, random ones. */
    static List<Instant> probes(Example x) {
        TreeSet<Instant> out = new TreeSet<>();
        Instant created = x.history.creation().at();
        List<Instant> instants = ReferenceReplay.instants(x.history);
        for (Instant t : instants) {
            out.add(t);
            out.add(t.minusNanos(1));
            out.add(t.plusNanos(1));
            Evaluation e = x.policy.evaluate(x.history.snapshotAt(t), t);
            if (e.due().isPresent()) {
                out.add(e.due().get());
                out.add(e.due().get().plusNanos(1));
                out.add(e.atRiskFrom().get());
                out.add(e.atRiskFrom().get().minusNanos(1));
            }
        }
        out.add(x.now);
        long span = Duration.between(created, x.now).getSeconds();
        for (int i = 0; i < 10; i++) {
            out.add(created.plusSeconds(span == 0 ? 0 : x.random.nextLong(span + 1)));
        }
        return new ArrayList<>(out.subSet(created, true, x.now, true));
    }

    @Test
    void replayStateEqualsLiveEvaluationOfTheSnapshot_atEveryInstant() {
        qt().withExamples(EXAMPLES).forAll(Histories.examples()).checkAssert(x -> {
            SlaTimeline timeline = SlaTimeline.replay(x.history, x.policy, x.now);
            for (Instant t : probes(x)) {
                SlaState live = x.policy.evaluate(x.history.snapshotAt(t), t).state();
                assertThat(timeline.stateAt(t)).as("state at %s", t).isEqualTo(live);
            }
        });
    }

    @Test
    void cyclesEqualTheSlowReference() {
        qt().withExamples(EXAMPLES).forAll(Histories.examples()).checkAssert(x -> {
            List<SlaCycle> cycles = SlaTimeline.replay(x.history, x.policy, x.now).cycles();
            List<ReferenceReplay.Cycle> expected = ReferenceReplay.cycles(x.history, x.policy, x.now);

            assertThat(cycles).hasSameSizeAs(expected);
            for (int i = 0; i < cycles.size(); i++) {
                SlaCycle c = cycles.get(i);
                ReferenceReplay.Cycle ref = expected.get(i);
                List<String> rules = new ArrayList<>();
                rules.add(c.ruleChanges().isEmpty() ? c.rule().name() : c.ruleChanges().get(0).from().name());
                c.ruleChanges().forEach(change -> rules.add(change.to().name()));

                assertThat(c.start()).as("start of cycle %s", i).isEqualTo(ref.start());
                assertThat(c.end()).as("end of cycle %s", i).isEqualTo(ref.end());
                assertThat(c.outcome()).as("outcome of cycle %s", i).isEqualTo(ref.outcome());
                assertThat(rules).as("rules of cycle %s", i).isEqualTo(ref.rules());
                assertThat(c.rule().name()).isEqualTo(ref.rules().get(ref.rules().size() - 1));
                assertThat(c.clockStart()).as("clock start of cycle %s", i).isEqualTo(ref.clockStart());
                assertThat(c.due()).as("due of cycle %s", i).isEqualTo(ref.due());
            }
            for (int i = 1; i < cycles.size(); i++) {
                assertThat(cycles.get(i).start()).isAfterOrEqualTo(cycles.get(i - 1).end());
                assertThat(cycles.get(i - 1).isOpen()).isFalse();
            }
        });
    }

    @Test
    void breachedAt_isTheFirstBreachedInstantOfTheCycle() {
        qt().withExamples(EXAMPLES).forAll(Histories.examples()).checkAssert(x -> {
            SlaTimeline timeline = SlaTimeline.replay(x.history, x.policy, x.now);
            List<Instant> probes = probes(x);
            List<Instant> instants = ReferenceReplay.instants(x.history);
            for (SlaCycle c : timeline.cycles()) {
                // the instants at which this cycle is the live one
                boolean openAtEnd = c.isOpen();
                Optional<Instant> first = probes.stream()
                        .filter(t -> !t.isBefore(c.start()) && (openAtEnd ? !t.isAfter(c.end()) : t.isBefore(c.end())))
                        .filter(t -> x.policy.evaluate(x.history.snapshotAt(t), t).state() == SlaState.BREACHED)
                        .findFirst();
                boolean endsLate = !openAtEnd && c.end().isAfter(c.due())
                        || c.outcome() == CycleOutcome.BREACHED;
                if (c.breachedAt().isEmpty()) {
                    assertThat(first).isEmpty();
                    assertThat(endsLate).isFalse();
                    assertThat(c.assigneeAtBreach()).isEmpty();
                    continue;
                }
                Instant b = c.breachedAt().get();
                assertThat(b).isBetween(c.start(), c.end());
                if (b.isBefore(c.end()) || openAtEnd) {
                    assertThat(x.policy.evaluate(x.history.snapshotAt(b), b).state()).isEqualTo(SlaState.BREACHED);
                    assertThat(first).isPresent();
                    assertThat(first.get()).isAfterOrEqualTo(b);
                    if (b.isAfter(c.start())) {
                        Instant before = b.minusNanos(1);
                        assertThat(x.policy.evaluate(x.history.snapshotAt(before), before).state()).isNotEqualTo(SlaState.BREACHED);
                    }
                    assertThat(c.assigneeAtBreach()).isEqualTo(x.history.snapshotAt(b).assignee());
                } else {
                    // an update or stop at the very first instant after the due instant
                    assertThat(first).isEmpty();
                    assertThat(endsLate).isTrue();
                    assertThat(b).isEqualTo(c.due().plusNanos(1));
                    Instant previous = instants.get(instants.indexOf(c.end()) - 1);
                    assertThat(c.assigneeAtBreach()).isEqualTo(x.history.snapshotAt(previous).assignee());
                }
                if (endsLate) {
                    assertThat(c.overdueElapsed()).isEqualTo(Duration.between(c.due(), c.end()));
                }
            }
        });
    }

    @Test
    void replayUpToAnInstant_keepsTheCyclesEndedByThen() {
        qt().withExamples(EXAMPLES).forAll(Histories.examples()).checkAssert(x -> {
            SlaTimeline whole = SlaTimeline.replay(x.history, x.policy, x.now);
            List<Instant> instants = ReferenceReplay.instants(x.history);
            Instant cut = instants.get(x.random.nextInt(instants.size()));
            SlaTimeline part = SlaTimeline.replay(x.history.upTo(cut).orElseThrow(), x.policy, cut);

            List<SlaCycle> ended = whole.cycles().stream().filter(c -> !c.end().isAfter(cut) && !c.isOpen()).toList();
            assertThat(part.cycles().subList(0, ended.size())).isEqualTo(ended);
            assertThat(part.firstReply()).isEqualTo(whole.firstReply().filter(t -> !t.isAfter(cut)));
            for (Instant t : instants.subList(0, instants.indexOf(cut) + 1)) {
                assertThat(part.stateAt(t)).isEqualTo(whole.stateAt(t));
                assertThat(part.cycleAt(t).map(SlaCycle::start)).isEqualTo(whole.cycleAt(t).map(SlaCycle::start));
            }
        });
    }
}

package org.slakit.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slakit.core.ClockEvaluation;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaState;

/**
 * Duration-clock cycles of random histories against live evaluation of snapshots: an instant is
 * inside a cycle's pause exactly when the live clock is paused or stopped there, a closed cycle is
 * late exactly when it ended after its due instant, and an open one is breached exactly when the
 * live clock is breached at {@code now}.
 */
class ClockCycleProperties {

    static final String CLOCKS = """
            clock life
            pauses in pending-customer
            rule urgent when priority urgent,emergency then 8 business hours
            rule rest when always then 24 hours
            clock internal
            runs in pending-internal
            rule rest when always then 4 business hours
            """;

    static SlaPolicy withClocks(SlaPolicy policy) {
        String text = policy.toString();
        int calendar = text.indexOf("\ncalendar\n");
        return SlaPolicy.parse(text.substring(0, calendar + 1) + CLOCKS + text.substring(calendar + 1));
    }

    @Test
    void cyclesAgreeWithLiveEvaluation() {
        qt().withExamples(SlaTimelineProperties.EXAMPLES).forAll(Histories.examples()).checkAssert(x -> {
            SlaPolicy policy = withClocks(x.policy);
            SlaTimeline timeline = SlaTimeline.replay(x.history, policy, x.now);
            List<Instant> probes = SlaTimelineProperties.probes(x);
            for (ClockCycle c : timeline.clockCycles()) {
                for (Instant t : probes) {
                    if (t.isBefore(c.start()) || !t.isBefore(c.end())) {
                        continue;
                    }
                    ClockEvaluation live = policy.evaluateClock(x.history.snapshotAt(t), t, c.clock());
                    boolean notRunning = live.state() == SlaState.NOT_RUNNING || live.isPaused();
                    boolean inPause = c.pauses().stream().anyMatch(p -> !t.isBefore(p.start()) && t.isBefore(p.end()));
                    assertThat(inPause).as("%s at %s", c, t).isEqualTo(notRunning);
                }
                if (c.isOpen()) {
                    SlaState now = timeline.clockStateAt(c.clock(), x.now);
                    assertThat(c.outcome() == CycleOutcome.BREACHED).as("%s", c).isEqualTo(now == SlaState.BREACHED);
                    assertThat(c.end()).isEqualTo(x.now);
                } else {
                    // late exactly when the clock still ran right after its due instant
                    boolean ranPastDue = c.due().isPresent() && c.end().isAfter(c.due().get())
                            && c.pauses().stream().noneMatch(p -> !p.start().isAfter(c.due().get())
                                    && !p.end().isBefore(c.end()));
                    assertThat(c.outcome() == CycleOutcome.LATE).as("%s", c).isEqualTo(ranPastDue);
                }
                assertThat(c.start()).isBeforeOrEqualTo(c.end());
            }
            // one cycle per case life for the clocks over the case's life
            assertThat(timeline.clockCycles().stream().filter(c -> c.clock().equals("life"))).hasSize(1);
        });
    }
}

package org.slakit.core.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slakit.core.CaseStatus;
import org.slakit.core.ClockEvaluation;
import org.slakit.core.DurationClock;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaState;
import org.slakit.core.StatusChange;
import org.slakit.core.SupportCase;

/**
 * The cycles of a policy's duration clocks in one history, derived from the case's status log and
 * from live evaluations of the clock on snapshots, so that they agree with
 * {@code policy.evaluate(history.snapshotAt(t), t).clock(name)} by construction.
 */
final class ClockCycles {

    private ClockCycles() {
    }

    static List<ClockCycle> of(CaseHistory history, SlaPolicy policy, Instant now) {
        if (policy.clocks().isEmpty()) {
            return List.of();
        }
        SupportCase atNow = history.snapshotAt(now);
        List<StatusChange> log = atNow.statusLog();
        List<ClockCycle> out = new ArrayList<>();
        for (DurationClock clock : policy.clocks()) {
            if (clock.isPerSpell()) {
                for (int i = 0; i < log.size(); i++) {
                    if (!runs(clock, log.get(i).status()) || i > 0 && runs(clock, log.get(i - 1).status())) {
                        continue;
                    }
                    int j = i + 1;
                    while (j < log.size() && runs(clock, log.get(j).status())) {
                        j++;
                    }
                    Instant start = log.get(i).since();
                    Instant end = j < log.size() ? log.get(j).since() : null;
                    out.add(cycle(history, policy, clock, atNow, log, start, end, now));
                }
            } else {
                int k = log.size() - 1;
                Instant end = null;
                if (!atNow.status().isClockRunning()) {
                    while (k > 0 && !log.get(k - 1).status().isClockRunning()) {
                        k--;
                    }
                    end = log.get(k).since();
                }
                out.add(cycle(history, policy, clock, atNow, log, atNow.created(), end, now));
            }
        }
        return List.copyOf(out);
    }

    private static boolean runs(DurationClock clock, CaseStatus s) {
        return s.isClockRunning()
                && (clock.runsOnlyIn().isEmpty() ? !clock.pausedIn().contains(s) : clock.runsOnlyIn().contains(s));
    }

    /** One cycle from {@code start} to {@code end}, or still open when {@code end} is null. */
    private static ClockCycle cycle(CaseHistory history, SlaPolicy policy, DurationClock clock, SupportCase atNow,
            List<StatusChange> log, Instant start, Instant end, Instant now) {
        boolean open = end == null;
        Instant until = open ? now : end;
        SupportCase before;
        if (open) {
            before = atNow;
        } else if (end.isAfter(atNow.created())) {
            before = history.snapshotAt(end.minusNanos(1));
        } else {
            // stopped at the instant it was created: the clock never ran
            before = history.snapshotAt(end).toBuilder().status(CaseStatus.OPEN).statusSince(end)
                    .earlierStatuses(List.of()).build();
        }
        ClockEvaluation e = policy.evaluateClock(before, until, clock.name());
        CycleOutcome outcome;
        if (open) {
            outcome = e.state() == SlaState.BREACHED ? CycleOutcome.BREACHED : CycleOutcome.RUNNING;
        } else {
            // late when the clock ran past its due instant (a cycle paused at its due instant and then
            // stopped is in time)
            outcome = e.state() == SlaState.BREACHED ? CycleOutcome.LATE : CycleOutcome.MET;
        }
        List<ClockCycle.Pause> pauses = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            Instant a = log.get(i).since();
            Instant b = i + 1 < log.size() ? log.get(i + 1).since() : until;
            if (!a.isBefore(until) || !b.isAfter(start) || runs(clock, log.get(i).status())) {
                continue;
            }
            Instant from = a.isBefore(start) ? start : a;
            Instant to = b.isAfter(until) ? until : b;
            if (to.isAfter(from)) {
                pauses.add(new ClockCycle.Pause(from, to));
            }
        }
        return new ClockCycle(clock.name(), history.caseId(), start, until, open, outcome, e.rule().orElseThrow(),
                e.due().orElse(null), e.used(), e.targetLength(), pauses, before.waitingOn().orElse(null));
    }
}

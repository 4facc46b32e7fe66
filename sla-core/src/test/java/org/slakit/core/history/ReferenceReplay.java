package org.slakit.core.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.slakit.core.Evaluation;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SupportCase;

/**
 * The slow, obviously-correct replay: the cycles of a history found by building the snapshot from
 * scratch and evaluating it at every instant that has events, straight from the definition of a
 * cycle (what the case was just before and just after the events of each instant).
 */
public final class ReferenceReplay {

    /** What the reference knows of a cycle. */
    public record Cycle(Instant start, Instant end, CycleOutcome outcome, List<String> rules, Instant clockStart, Instant due) {
    }

    private ReferenceReplay() {
    }

    public static List<Instant> instants(CaseHistory h) {
        return new ArrayList<>(new TreeSet<>(h.events().stream().map(CaseEvent::at).toList()));
    }

    public static List<Cycle> cycles(CaseHistory h, SlaPolicy policy, Instant now) {
        List<Instant> instants = instants(h);
        List<Cycle> out = new ArrayList<>();
        Instant start = null;
        List<String> rules = null;
        for (int k = 0; k < instants.size(); k++) {
            Instant t = instants.get(k);
            SupportCase before = k == 0 ? null : h.snapshotAt(instants.get(k - 1));
            SupportCase after = h.snapshotAt(t);
            boolean updated = h.events().stream().anyMatch(e -> e.at().equals(t) && e.kind() == EventKind.UPDATE_SENT);
            boolean runningBefore = before != null && before.status().isClockRunning();
            boolean runningAfter = after.status().isClockRunning();
            if (runningBefore && (updated || !runningAfter)) {
                Evaluation e = policy.evaluate(before, t);
                CycleOutcome outcome = !updated ? CycleOutcome.STOPPED
                        : t.isAfter(e.due().get()) ? CycleOutcome.LATE : CycleOutcome.MET;
                out.add(new Cycle(start, t, outcome, rules, e.clockStart().get(), e.due().get()));
                start = null;
            }
            if (runningAfter) {
                String rule = policy.evaluate(after, t).rule().get().name();
                if (!runningBefore || updated) {
                    start = t;
                    rules = new ArrayList<>(List.of(rule));
                } else if (!rules.get(rules.size() - 1).equals(rule)) {
                    rules.add(rule);
                }
            }
        }
        if (start != null) {
            Evaluation e = policy.evaluate(h.snapshotAt(now), now);
            CycleOutcome outcome = now.isAfter(e.due().get()) ? CycleOutcome.BREACHED : CycleOutcome.RUNNING;
            out.add(new Cycle(start, now, outcome, rules, e.clockStart().get(), e.due().get()));
        }
        return out;
    }
}

package org.slakit.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.slakit.core.Evaluation;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaState;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;
import org.slakit.core.history.SlaCycle;
import org.slakit.core.history.SlaTimeline;

/**
 * The transitions that {@link SlaTimeline#replay} derives from a whole history, up to an instant
 * {@code end}: what the topology must emit once its event time is {@code end}. Built from the replay's
 * cycles ({@link SlaCycle#breachedAt()}, outcome, end) and its states ({@link SlaTimeline#stateAt}),
 * with rule, due and assignee read from snapshots ({@link CaseHistory#snapshotAt} and
 * {@link SlaPolicy#evaluate}), never from the code under test.
 */
final class ReferenceTransitions {

    static final Comparator<SlaTransition> ORDER = Comparator.comparing(SlaTransition::caseId)
            .thenComparing(SlaTransition::at).thenComparing(SlaTransition::kind);

    private ReferenceTransitions() {
    }

    /**
     * @param history the case's whole history, every event at or before {@code end}
     * @param policy the policy
     * @param end the event time: transitions of instants before it, and cycle ends at or before it
     * @return the transitions in time order
     */
    static List<SlaTransition> of(CaseHistory history, SlaPolicy policy, Instant end) {
        SlaTimeline timeline = SlaTimeline.replay(history, policy, end);
        List<SlaTransition> out = new ArrayList<>();
        for (SlaCycle c : timeline.cycles()) {
            boolean open = c.isOpen();
            Instant cycleEnd = c.end();
            // at risk: the first instant of the cycle whose state is at risk; within a stretch of
            // constant evaluation that is its start or its at-risk instant
            TreeSet<Instant> candidates = new TreeSet<>();
            candidates.add(c.start());
            for (CaseEvent e : history.events()) {
                if (!e.at().isBefore(c.start()) && e.at().isBefore(cycleEnd)) {
                    candidates.add(e.at());
                }
            }
            for (Instant x : List.copyOf(candidates)) {
                Evaluation ev = policy.evaluate(history.snapshotAt(x), x);
                ev.atRiskFrom().filter(a -> !a.isBefore(c.start()) && a.isBefore(cycleEnd)).ifPresent(candidates::add);
            }
            for (Instant x : candidates) {
                if (timeline.stateAt(x) == SlaState.AT_RISK) {
                    Evaluation ev = policy.evaluate(history.snapshotAt(x), x);
                    out.add(new SlaTransition(history.caseId(), SlaTransition.UPDATES, TransitionKind.AT_RISK,
                            ev.rule().orElseThrow().name(), ev.due(), x, c.start(),
                            history.snapshotAt(x).assignee()));
                    break;
                }
            }
            if (c.breachedAt().isPresent() && (!open || c.breachedAt().get().isBefore(end))) {
                Instant b = c.breachedAt().get();
                String rule;
                Instant due;
                if (!open && b.equals(cycleEnd)) {
                    rule = c.rule().name();
                    due = c.due();
                } else {
                    Evaluation ev = policy.evaluate(history.snapshotAt(b), b);
                    rule = ev.rule().orElseThrow().name();
                    due = ev.due().orElseThrow();
                }
                out.add(new SlaTransition(history.caseId(), SlaTransition.UPDATES, TransitionKind.BREACHED, rule, Optional.of(due), b,
                        c.start(), c.assigneeAtBreach()));
            }
            if (!open) {
                TransitionKind kind;
                switch (c.outcome()) {
                    case MET:
                        kind = TransitionKind.MET;
                        break;
                    case LATE:
                        kind = TransitionKind.LATE;
                        break;
                    default:
                        kind = TransitionKind.STOPPED;
                }
                Optional<String> before = history.snapshotAt(cycleEnd.minusNanos(1)).assignee();
                out.add(new SlaTransition(history.caseId(), SlaTransition.UPDATES, kind, c.rule().name(), Optional.of(c.due()),
                        cycleEnd, c.start(), before));
            }
        }
        return out;
    }

    static List<SlaTransition> of(List<CaseHistory> histories, SlaPolicy policy, Instant end) {
        List<SlaTransition> all = new ArrayList<>();
        for (CaseHistory h : histories) {
            all.addAll(of(h, policy, end));
        }
        all.sort(ORDER);
        return all;
    }
}

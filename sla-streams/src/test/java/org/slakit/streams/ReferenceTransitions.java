package org.slakit.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.slakit.core.ClockEvaluation;
import org.slakit.core.CaseStatus;
import org.slakit.core.DurationClock;
import org.slakit.core.Evaluation;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaState;
import org.slakit.core.SupportCase;
import org.slakit.core.history.CaseEvent;
import org.slakit.core.history.CaseHistory;
import org.slakit.core.history.ClockCycle;
import org.slakit.core.history.CycleOutcome;
import org.slakit.core.history.SlaCycle;
import org.slakit.core.history.SlaTimeline;

/**
 * The transitions that {@link SlaTimeline#replay} derives from a whole history, up to an instant
 * {@code end}: what the topology must emit once its event time is {@code end}. Built from the replay's
 * cycles ({@link SlaCycle#breachedAt()}, outcome, end) and its states ({@link SlaTimeline#stateAt}),
 * with rule, due and assignee read from snapshots ({@link CaseHistory#snapshotAt} and
 * {@link SlaPolicy#evaluate}), never from the code under test.
 *
 * <p>Next to the update cadence ({@value SlaTransition#UPDATES}), the policy's duration clocks
 * ({@link SlaPolicy#clocks()}), see {@link #clockTransitions}: built from live evaluations of each
 * clock on snapshots ({@link SlaPolicy#evaluateClock}) at candidate instants, cross-checked against
 * {@link SlaTimeline#clockCycles()}.
 *
 * <p>Order ({@link #ORDER}): case, instant, clock name (so within one instant {@code internal} comes
 * before {@code resolution} before {@code updates}), kind, and cycle start as a last tie-break so that
 * the order is total.
 */
final class ReferenceTransitions {

    static final Comparator<SlaTransition> ORDER = Comparator.comparing(SlaTransition::caseId)
            .thenComparing(SlaTransition::at).thenComparing(SlaTransition::clock)
            .thenComparing(SlaTransition::kind).thenComparing(SlaTransition::cycleStart);

    private ReferenceTransitions() {
    }

    /**
     * @param history the case's whole history, every event at or before {@code end}
     * @param policy the policy
     * @param end the event time: transitions of instants before it, and cycle ends at or before it
     * @return the transitions in time order
     */
    static List<SlaTransition> of(CaseHistory history, SlaPolicy policy, Instant end) {
        List<SlaTransition> out = new ArrayList<>(updates(history, policy, end));
        for (DurationClock clock : policy.clocks()) {
            out.addAll(clockTransitions(history, policy, end, clock));
        }
        return out;
    }

    /** The update cadence's transitions (the clock {@value SlaTransition#UPDATES}). */
    static List<SlaTransition> updates(CaseHistory history, SlaPolicy policy, Instant end) {
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

    /**
     * The transitions of one duration clock of the policy in one history, up to the event time
     * {@code end}. The contract, with state(t) = {@code policy.evaluateClock(history.snapshotAt(t), t,
     * clock).state()}:
     * <ul>
     *   <li><b>Cycles.</b> A clock over the case's life has one cycle per case, starting at creation.
     *       It ends at every instant s (at or before {@code end}) at which the case ran just before s
     *       ({@code snapshotAt(s - 1 ns)} has a running status) and does not run after the events at
     *       s (solved or closed); a reopening resumes the same cycle, so a life cycle can end several
     *       times. A case stopped at its creation instant ends then, judged on the case as open at
     *       creation (as {@code ClockCycles} does). A clock per spell has one cycle per spell, exactly
     *       the spells {@link SlaTimeline#clockCycles()} lists, starting at the spell's start and
     *       ending at its end.</li>
     *   <li><b>At risk</b>, at most once per cycle (for a life clock: once over the whole life): the
     *       first instant t of the cycle, before {@code end} (and before the spell's end), with
     *       state(t) at risk. Candidates: the cycle start, every event instant in the cycle, and the
     *       at-risk instant of the evaluation at each of those (the evaluation's rule, due and at-risk
     *       instant stand between events, only the state moves with time).</li>
     *   <li><b>Breached</b>, at most once per cycle (life clock: once ever): the first instant t of
     *       the cycle, before {@code end}, with state(t) breached; candidates as for at risk, with
     *       due + 1 ns instead of the at-risk instant. Rule, due and assignee are the evaluation's
     *       and the snapshot's at t. Exception: a cycle that ends late at s with no breached instant
     *       before s (s == due + 1 ns: at s the clock no longer runs) is breached at s, with the end's
     *       rule, due and assignee, just before its late end.</li>
     *   <li><b>End</b> at each end instant s: late if {@code policy.evaluateClock(before, s,
     *       clock).state()} is breached, where {@code before} is the case right before the events at
     *       s ({@code snapshotAt(s - 1 ns)}), else met; never stopped. Rule and due are that
     *       evaluation's (due empty when it was paused short of its target), the assignee is
     *       {@code before}'s (empty at creation). Checked against the outcome, rule and due of
     *       {@code SlaTimeline.replay(history up to s, policy, s).clockCycles()}: an
     *       {@link IllegalStateException} if they disagree.</li>
     * </ul>
     *
     * @return the clock's transitions, in time order
     */
    static List<SlaTransition> clockTransitions(CaseHistory history, SlaPolicy policy, Instant end, DurationClock clock) {
        String name = clock.name();
        Instant created = history.creation().at();
        SlaTimeline atEnd = SlaTimeline.replay(history, policy, end);
        List<ClockCycle> replayed = atEnd.clockCycles().stream().filter(c -> c.clock().equals(name)).toList();
        // the event instants up to end, in time order, each once
        TreeSet<Instant> instants = new TreeSet<>();
        for (CaseEvent e : history.events()) {
            if (!e.at().isAfter(end)) {
                instants.add(e.at());
            }
        }
        List<SlaTransition> out = new ArrayList<>();
        if (!clock.isPerSpell()) {
            List<Instant> stops = new ArrayList<>();
            for (Instant s : instants) {
                boolean runningBefore = s.equals(created) || history.snapshotAt(s.minusNanos(1)).status().isClockRunning();
                if (runningBefore && !history.snapshotAt(s).status().isClockRunning()) {
                    stops.add(s);
                }
            }
            // self-check: the replay at end has one life cycle, closed at the last stop exactly when
            // the case is solved or closed at end
            boolean stoppedAtEnd = !history.snapshotAt(end).status().isClockRunning();
            if (replayed.size() != 1 || !replayed.get(0).start().equals(created)
                    || replayed.get(0).isOpen() == stoppedAtEnd
                    || stoppedAtEnd && !replayed.get(0).end().equals(stops.get(stops.size() - 1))) {
                throw new IllegalStateException("Clock " + name + " of case " + history.caseId() + ": replay's cycles "
                        + replayed + " disagree with the stops " + stops + " (stopped at end: " + stoppedAtEnd + ")");
            }
            Instant atRisk = first(history, policy, name, created, end, instants, SlaState.AT_RISK);
            Instant breached = first(history, policy, name, created, end, instants, SlaState.BREACHED);
            if (atRisk != null) {
                out.add(at(history, policy, name, TransitionKind.AT_RISK, atRisk, created));
            }
            boolean breachEmitted = false;
            for (Instant s : stops) {
                if (!breachEmitted && breached != null && breached.isBefore(s)) {
                    out.add(at(history, policy, name, TransitionKind.BREACHED, breached, created));
                    breachEmitted = true;
                }
                breachEmitted |= end(history, policy, clock, s, created, !breachEmitted, out);
            }
            if (!breachEmitted && breached != null) {
                out.add(at(history, policy, name, TransitionKind.BREACHED, breached, created));
            }
        } else {
            // self-check: the spells of the replay are the maximal stretches of event instants at
            // which the case is in a status the clock runs in
            List<Instant> starts = new ArrayList<>();
            List<Instant> ends = new ArrayList<>();
            boolean before = false;
            for (Instant t : instants) {
                boolean runs = clock.runsOnlyIn().contains(history.snapshotAt(t).status());
                if (runs && !before) {
                    starts.add(t);
                } else if (!runs && before) {
                    ends.add(t);
                }
                before = runs;
            }
            List<Instant> replayedStarts = replayed.stream().map(ClockCycle::start).toList();
            List<Instant> replayedEnds = replayed.stream().filter(c -> !c.isOpen()).map(ClockCycle::end).toList();
            if (!starts.equals(replayedStarts) || !ends.equals(replayedEnds)
                    || replayed.stream().filter(ClockCycle::isOpen).count() != (before ? 1 : 0)) {
                throw new IllegalStateException("Clock " + name + " of case " + history.caseId() + ": replay's spells "
                        + replayed + " disagree with the snapshots' starts " + starts + " and ends " + ends);
            }
            for (ClockCycle c : replayed) {
                Instant start = c.start();
                Instant until = c.isOpen() ? end : c.end();
                TreeSet<Instant> inSpell = new TreeSet<>(instants.subSet(start, true, until, false));
                Instant atRisk = first(history, policy, name, start, until, inSpell, SlaState.AT_RISK);
                Instant breached = first(history, policy, name, start, until, inSpell, SlaState.BREACHED);
                if (atRisk != null) {
                    out.add(at(history, policy, name, TransitionKind.AT_RISK, atRisk, start));
                }
                if (breached != null) {
                    out.add(at(history, policy, name, TransitionKind.BREACHED, breached, start));
                }
                if (!c.isOpen()) {
                    end(history, policy, clock, c.end(), start, breached == null, out);
                }
            }
        }
        out.sort(ORDER);
        return out;
    }

    /**
     * The first instant in {@code [from, until)} at which the clock's state is {@code wanted}: among
     * {@code from}, the event instants and, for each evaluation at one of those, its at-risk instant
     * (for at risk) or its due instant + 1 ns (for breached); null if none.
     */
    private static Instant first(CaseHistory history, SlaPolicy policy, String clock, Instant from, Instant until,
            TreeSet<Instant> instants, SlaState wanted) {
        TreeSet<Instant> candidates = new TreeSet<>();
        if (from.isBefore(until)) {
            candidates.add(from);
        }
        for (Instant t : instants) {
            if (!t.isBefore(from) && t.isBefore(until)) {
                candidates.add(t);
            }
        }
        for (Instant x : List.copyOf(candidates)) {
            ClockEvaluation ev = policy.evaluateClock(history.snapshotAt(x), x, clock);
            Optional<Instant> edge = wanted == SlaState.AT_RISK ? ev.atRiskFrom() : ev.due().map(d -> d.plusNanos(1));
            edge.filter(a -> !a.isBefore(from) && a.isBefore(until)).ifPresent(candidates::add);
        }
        for (Instant x : candidates) {
            if (policy.evaluateClock(history.snapshotAt(x), x, clock).state() == wanted) {
                return x;
            }
        }
        return null;
    }

    /** An at-risk or breached transition at {@code t}: the clock's evaluation and the assignee at {@code t}. */
    private static SlaTransition at(CaseHistory history, SlaPolicy policy, String clock, TransitionKind kind, Instant t,
            Instant cycleStart) {
        SupportCase c = history.snapshotAt(t);
        ClockEvaluation ev = policy.evaluateClock(c, t, clock);
        return new SlaTransition(history.caseId(), clock, kind, ev.rule().orElseThrow().name(), ev.due(), t, cycleStart,
                c.assignee());
    }

    /**
     * The end of a cycle at {@code s}, met or late, judged on the case right before the events at
     * {@code s}; a late end is preceded by a breach at {@code s} when {@code breachAtEnd}. Checked
     * against the replay at {@code s}.
     *
     * @return true if a breach was emitted
     */
    private static boolean end(CaseHistory history, SlaPolicy policy, DurationClock clock, Instant s, Instant cycleStart,
            boolean breachAtEnd, List<SlaTransition> out) {
        SupportCase before;
        Optional<String> assignee;
        if (s.isAfter(history.creation().at())) {
            before = history.snapshotAt(s.minusNanos(1));
            assignee = before.assignee();
        } else {
            // stopped at the instant it was created: judged on the case as open at creation, as
            // ClockCycles does
            before = history.snapshotAt(s).toBuilder().status(CaseStatus.OPEN).statusSince(s)
                    .earlierStatuses(List.of()).build();
            assignee = Optional.empty();
        }
        ClockEvaluation ev = policy.evaluateClock(before, s, clock.name());
        boolean late = ev.state() == SlaState.BREACHED;
        String rule = ev.rule().orElseThrow().name();
        // self-check against the replay up to s: the cycle of this clock that ends at s
        CaseHistory upTo = history.upTo(s).orElseThrow();
        List<ClockCycle> atS = SlaTimeline.replay(upTo, policy, s).clockCycles().stream()
                .filter(c -> c.clock().equals(clock.name()) && !c.isOpen() && c.end().equals(s)).toList();
        if (atS.size() != 1 || !atS.get(0).start().equals(cycleStart)
                || atS.get(0).outcome() != (late ? CycleOutcome.LATE : CycleOutcome.MET)
                || !atS.get(0).rule().name().equals(rule) || !atS.get(0).due().equals(ev.due())) {
            throw new IllegalStateException("Clock " + clock.name() + " of case " + history.caseId() + " ends at " + s
                    + (late ? " late" : " met") + " (rule " + rule + ", due " + ev.due() + ") but the replay up to it has "
                    + atS);
        }
        boolean breach = late && breachAtEnd;
        if (breach) {
            out.add(new SlaTransition(history.caseId(), clock.name(), TransitionKind.BREACHED, rule, ev.due(), s,
                    cycleStart, assignee));
        }
        out.add(new SlaTransition(history.caseId(), clock.name(), late ? TransitionKind.LATE : TransitionKind.MET, rule,
                ev.due(), s, cycleStart, assignee));
        return breach;
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

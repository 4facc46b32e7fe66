package org.slakit.core.history;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.Evaluation;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaRule;
import org.slakit.core.SlaState;
import org.slakit.core.SupportCase;
import org.slakit.core.Target;
import org.slakit.core.internal.CoreAccess;

/**
 * A case history replayed through an SLA policy up to an instant {@code now}: the case's
 * {@link SlaCycle clock cycles}, its live state at any instant, its first reply and its
 * resolution.
 *
 * <h2>The law</h2>
 * For every instant {@code t} from the creation to {@code now},
 * <pre>
 * timeline.stateAt(t) == policy.evaluate(history.snapshotAt(t), t).state()
 * </pre>
 * so the monthly report and the live view never disagree: pausing and restarting follow exactly
 * the rules of live evaluation, because the replay takes each evaluation with the steps of
 * {@link SlaPolicy#evaluate} (the same rule lookup, clock start and due instant), from the case's
 * fields as they stand.
 *
 * <h2>How the replay runs</h2>
 * The replay walks the events once, keeping the snapshot up to date rather than rebuilding it,
 * and evaluates only at instants where an input of evaluation changed (status, priority, elevated
 * flag, last update, agreed interval): between two such instants the rule, clock start, due and
 * at-risk instants of live evaluation stay fixed and only the state moves forward with time. An
 * assignment or a message from the customer never calls the policy. The cost is one evaluation
 * per such instant, whatever the length of the gaps. The stretches of constant evaluation that
 * {@link #stateAt} and {@link #cycleAt} read are made on their first use, by walking the events
 * once more (the cycles, first reply and resolution need none of them), and the at-risk instant
 * of each stretch only when a state first needs it.
 *
 * <p>Events at the same instant act together, whatever their order in the history: the replay
 * looks at the case just before and just after them, as live evaluation at that instant does.
 * If the clock ran before them and an update is among them, the cycle ends at that instant,
 * judged against the due instant in force just before; if the clock ran and no longer runs, the
 * cycle ends {@code STOPPED}; a new cycle starts when the clock runs after them and either an
 * update was among them or it did not run before. A case solved and reopened at the same
 * instant therefore keeps its cycle, and no cycle begins and ends at the same instant.
 *
 * <h2>First reply and resolution</h2>
 * {@link #firstReply()} is the first {@link EventKind#UPDATE_SENT}, whatever the status.
 * {@link #resolvedAt()} is the instant the case last stopped running (solved, or closed when not
 * solved before), if it is still solved or closed at {@code now}: closing a solved case keeps the
 * instant it was solved, a reopened case is unresolved again, and its resolution is the next solve.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SlaTimeline {

    private static final CoreAccess ACCESS = CoreAccess.get();

    /**
     * A stretch of constant evaluation, from an instant to the next segment's: the rule's target,
     * clock start and due instant in force (all null when no clock runs). Its at-risk instant is
     * computed when a state is first asked for.
     */
    private static final class Segment {
        final Instant from;
        /** Null when no clock runs. */
        final Instant due;
        /** Null when no clock runs. */
        final Target target;
        /** Null when no clock runs. */
        final Instant clockStart;
        final int cycle;
        /** Made on first use: a benign race, every thread computes an equal immutable instant. */
        private Instant atRisk;

        Segment(Instant from, Instant due, Target target, Instant clockStart, int cycle) {
            this.from = from;
            this.due = due;
            this.target = target;
            this.clockStart = clockStart;
            this.cycle = cycle;
        }

        Instant atRisk(SlaPolicy policy, BusinessCalendar calendar) {
            Instant a = atRisk;
            if (a == null) {
                a = ACCESS.atRisk(policy, target, calendar, clockStart, due);
                atRisk = a;
            }
            return a;
        }
    }

    private final String caseId;
    private final Instant created;
    private final Instant now;
    private final SlaPolicy policy;
    private final BusinessCalendar calendar;
    private final List<SlaCycle> cycles;
    /**
     * The stretches of constant evaluation that {@link #stateAt} and {@link #cycleAt} read, made on
     * first use by walking the events again: a benign race, every thread makes equal lists.
     */
    private volatile List<Segment> segments;
    private final Instant firstReply;
    private final Instant resolvedAt;
    private final CaseHistory history;
    /** The duration clocks' cycles, made on first use: a benign race, every thread makes equal lists. */
    private volatile List<ClockCycle> clockCycles;

    private SlaTimeline(String caseId, Instant created, Instant now, SlaPolicy policy, BusinessCalendar calendar,
            List<SlaCycle> cycles, List<Segment> segments, Instant firstReply, Instant resolvedAt,
            CaseHistory history) {
        this.history = history;
        this.caseId = caseId;
        this.created = created;
        this.now = now;
        this.policy = policy;
        this.calendar = calendar;
        this.cycles = cycles;
        this.segments = segments;
        this.firstReply = firstReply;
        this.resolvedAt = resolvedAt;
    }

    /**
     * Replays a history through a policy up to {@code now}.
     *
     * @param history the case's events
     * @param policy the SLA policy, the same that drives live evaluation
     * @param now the end of the replay: not before the creation, nor before any event of the history
     * @return the timeline
     * @throws IllegalArgumentException naming the case, if {@code now} is before its creation or
     *         before one of its events (replay {@code history.upTo(now)} to leave later events out)
     * @throws org.slakit.core.NoMatchingRuleException if the clock runs at an instant at which no rule
     *         of the policy matches the case
     * @throws java.time.DateTimeException naming the case, if its calendar has no open time in reach
     */
    public static SlaTimeline replay(CaseHistory history, SlaPolicy policy, Instant now) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(now, "now");
        List<CaseEvent> events = history.eventList();
        CaseEvent creation = events.get(0);
        if (now.isBefore(creation.at())) {
            throw new IllegalArgumentException("Case " + history.caseId() + " cannot be replayed up to " + now
                    + ": it was created later, at " + creation.at());
        }
        if (history.lastEventAt().isAfter(now)) {
            CaseEvent later = events.stream().filter(e -> e.at().isAfter(now)).findFirst().orElseThrow();
            throw new IllegalArgumentException("Case " + history.caseId() + " has an event after now " + now + ": "
                    + later + "; replay history.upTo(now) to leave later events out");
        }
        return new Run(history, policy, now, false).run();
    }

    /**
     * The state of one replay as it walks the events: the case as it stands (the fields of
     * {@link CaseState}, kept up to date event by event, without the status log) and the cycles.
     */
    private static final class Run extends CaseState {
        private final CaseHistory history;
        private final List<CaseEvent> events;
        private final SlaPolicy policy;
        private final Instant now;
        /** The calendar of business measures: the case's own, else the policy's default. */
        private final BusinessCalendar businessCalendar;
        private final List<SlaCycle> cycles = new ArrayList<>(4);
        /** Null when the segments are not kept. */
        private final List<Segment> segments;
        private Instant firstReply;
        private Instant resolvedAt;

        // the open cycle, if any
        private boolean open;
        private Instant cycleStart;
        private List<RuleChange> changes;
        private Instant breachedAt;
        private String assigneeAtBreach;
        // the evaluation in force within the open cycle, from segmentFrom on
        private Instant segmentFrom;
        private SlaRule rule;
        private Target target;
        private Instant clockStart;
        private Instant due;
        // the last evaluation made by evaluate(), not yet taken
        private SlaRule newRule;
        private Target newTarget;
        private Instant newClockStart;
        private Instant newDue;
        // the target of the last agreed interval resolved, and that interval
        private Duration agreedFor;
        private Target agreedTarget;

        Run(CaseHistory history, SlaPolicy policy, Instant now, boolean keepSegments) {
            super(history.creation(), history.calendarOrNull(), false);
            this.segments = keepSegments ? new ArrayList<>(8) : null;
            this.history = history;
            this.events = history.eventList();
            this.policy = policy;
            this.now = now;
            BusinessCalendar own = history.calendarOrNull();
            this.businessCalendar = own != null ? own : policy.defaultCalendar();
        }

        SlaTimeline run() {
            int n = events.size();
            int i = 1;
            Instant t = created;
            // the instant of events.get(i), read once per event: each accessor of an event is a call on
            // one of a dozen record classes
            Instant at = n > 1 ? events.get(1).at() : null;
            boolean first = true;
            while (first || i < n) {
                if (!first) {
                    t = at;
                }
                if (open && breachedAt == null && breachedBefore(t)) {
                    breachedAt = firstBreach();
                    assigneeAtBreach = assignee;
                }
                String assigneeBefore = assignee;
                boolean runningBefore = !first && isRunning();
                boolean updated = false;
                boolean changed = first;
                while (i < n && at.equals(t)) {
                    CaseEvent e = events.get(i);
                    EventKind kind = e.kind();
                    if (kind == EventKind.UPDATE_SENT) {
                        updated = true;
                        if (firstReply == null) {
                            firstReply = t;
                        }
                    }
                    changed |= apply(kind, e, t);
                    if (++i < n) {
                        at = events.get(i).at();
                    }
                }
                boolean runningAfter = isRunning();
                if (runningBefore && (updated || !runningAfter)) {
                    CycleOutcome outcome = !updated ? CycleOutcome.STOPPED
                            : t.isAfter(due) ? CycleOutcome.LATE : CycleOutcome.MET;
                    if (breachedAt == null && t.isAfter(due)) {
                        breachedAt = t; // the first instant after the due instant, shown by no instant of the cycle
                        assigneeAtBreach = assigneeBefore;
                    }
                    close(t, outcome);
                }
                if (!runningAfter && (runningBefore || first)) {
                    resolvedAt = t;
                    if (segments != null) {
                        segments.add(new Segment(t, null, null, null, -1));
                    }
                }
                if (runningAfter && (!runningBefore || updated)) {
                    resolvedAt = null;
                    openCycle(t);
                } else if (runningAfter && changed) {
                    reevaluate(t);
                }
                first = false;
            }
            if (open) {
                // the first breach, max(due + 1 ns, segmentFrom), is at or before now exactly when now
                // is after the due instant: segmentFrom is never after now
                if (breachedAt == null && now.isAfter(due)) {
                    breachedAt = firstBreach();
                    assigneeAtBreach = assignee;
                }
                close(now, now.isAfter(due) ? CycleOutcome.BREACHED : CycleOutcome.RUNNING);
            }
            return new SlaTimeline(history.caseId(), created, now, policy, businessCalendar,
                    Collections.unmodifiableList(cycles), segments, firstReply, resolvedAt, history);
        }

        /** The first instant of the current segment at which the case is breached, if the segment lasts. */
        private Instant firstBreach() {
            Instant b = due.plusNanos(1);
            return b.isBefore(segmentFrom) ? segmentFrom : b;
        }

        /** {@code firstBreach().isBefore(t)}, without making the instant. */
        private boolean breachedBefore(Instant t) {
            return segmentFrom.isBefore(t) && moreThanOneNanoBefore(due, t);
        }

        /**
         * The evaluation of the case as it stands, which holds until the next change, into the
         * {@code new*} fields. Rule, target, clock start and due instant do not depend on the instant
         * of evaluation, only the state does, so they are computed from the case's fields with the
         * steps of {@link SlaPolicy#evaluate}, without building the case and its evaluation; the
         * at-risk instant is left for when a state is asked for. Where evaluation fails (no rule
         * matches, a calendar without open time in reach) the case is built and evaluated, so that
         * the exception is evaluation's own.
         */
        private void evaluate() {
            CaseState s = this;
            int index = ACCESS.ruleIndex(policy, s.priority, s.elevated, s.status, s.lastSent != null, s.channel);
            if (index < 0) {
                evaluateCase();
                return;
            }
            SlaRule r = policy.rules().get(index);
            Target resolved = resolve(index, r.target(), s.agreedInterval);
            Instant start = ACCESS.clockStart(policy, index, s.created,
                    s.lastReopened != null ? s.lastReopened : s.created, s.statusSince, s.prioritySince, s.lastSent);
            if (open && r == rule && resolved.equals(target) && start.equals(clockStart)) {
                // the due instant is a function of target, clock start and calendar: it stands
                newRule = r;
                newTarget = target;
                newClockStart = clockStart;
                newDue = due;
                return;
            }
            Instant d;
            try {
                d = resolved.due(start, businessCalendar);
            } catch (DateTimeException e) {
                evaluateCase();
                return;
            }
            newRule = r;
            newTarget = resolved;
            newClockStart = start;
            newDue = d;
        }

        /** The rule's target resolved for the case; an agreed interval's target is made once per interval. */
        private Target resolve(int index, Target ruleTarget, Duration agreed) {
            if (!(ruleTarget instanceof Target.AsAgreed)) {
                return ruleTarget;
            }
            if (agreed == null) {
                return ACCESS.resolvedTarget(policy, index, null);
            }
            if (!agreed.equals(agreedFor)) {
                agreedTarget = ACCESS.resolvedTarget(policy, index, agreed);
                agreedFor = agreed;
            }
            return agreedTarget;
        }

        /**
         * {@link #evaluate()} the plain way: the snapshot evaluated at the end of time, which gives
         * rule, target, clock start and due without the at-risk instant and the target length.
         */
        private void evaluateCase() {
            SupportCase snapshot = toCase();
            Evaluation e = policy.evaluate(snapshot, Instant.MAX);
            newRule = e.rule().orElseThrow();
            newTarget = e.target().orElseThrow();
            newClockStart = e.clockStart().orElseThrow();
            newDue = e.due().orElseThrow();
        }

        private void openCycle(Instant t) {
            open = false; // a new cycle: no due instant stands
            evaluate();
            open = true;
            cycleStart = t;
            changes = null;
            breachedAt = null;
            assigneeAtBreach = null;
            take(t);
        }

        private void reevaluate(Instant t) {
            evaluate();
            if (newRule == rule && newDue.equals(due) && newClockStart.equals(clockStart) && newTarget.equals(target)) {
                return; // nothing that matters changed: the segment goes on
            }
            if (!newRule.name().equals(rule.name())) {
                if (changes == null) {
                    changes = new ArrayList<>(2);
                }
                changes.add(RuleChange.of(t, rule, newRule));
            }
            take(t);
        }

        private void take(Instant t) {
            segmentFrom = t;
            rule = newRule;
            target = newTarget;
            clockStart = newClockStart;
            due = newDue;
            if (segments != null) {
                segments.add(new Segment(t, due, target, clockStart, cycles.size()));
            }
        }

        private void close(Instant end, CycleOutcome outcome) {
            cycles.add(new SlaCycle(history.caseId(), cycleStart, end, outcome, rule,
                    changes == null ? List.of() : List.copyOf(changes), target, clockStart, due, breachedAt,
                    assigneeAtBreach, businessCalendar));
            open = false;
        }
    }

    /** True if {@code a} plus one nanosecond is before {@code b}: {@code b - a > 1 ns}. */
    static boolean moreThanOneNanoBefore(Instant a, Instant b) {
        long s = b.getEpochSecond() - a.getEpochSecond();
        int n = b.getNano() - a.getNano();
        return s > 1 || s == 1 && n > -999_999_999 || s == 0 && n > 1;
    }

    // ------------------------------------------------------------------ queries

    /** @return the case */
    public String caseId() {
        return caseId;
    }

    /** @return when the case was created: the start of the timeline */
    public Instant created() {
        return created;
    }

    /** @return the end of the replay */
    public Instant now() {
        return now;
    }

    /** @return the policy replayed through */
    public SlaPolicy policy() {
        return policy;
    }

    /** @return the calendar of the case's business measures: its own, else the policy's default */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * @return the clock cycles in time order; only the last can be open ({@link CycleOutcome#RUNNING}
     *         or {@link CycleOutcome#BREACHED}); empty if the clock never ran
     */
    public List<SlaCycle> cycles() {
        return cycles;
    }

    /**
     * The cycles of the policy's duration clocks ({@link SlaPolicy#clocks()}): one per case life for a
     * clock over the case's life, one per spell for a clock that runs only in some statuses; clock by
     * clock in the policy's order, each in time order. They are derived from live evaluations of
     * the clock on snapshots of the history, so they agree with
     * {@code policy.evaluate(history.snapshotAt(t), t).clock(name)} at every instant. Made on first use.
     *
     * @return the cycles; empty if the policy has no duration clocks
     * @throws org.slakit.core.NoMatchingRuleException if a clock runs and none of its rules matches the case
     */
    public List<ClockCycle> clockCycles() {
        List<ClockCycle> c = clockCycles;
        if (c == null) {
            c = ClockCycles.of(history, policy, now);
            clockCycles = c;
        }
        return c;
    }

    /**
     * The state of a duration clock at an instant: {@code policy.evaluate(history.snapshotAt(t), t)}'s
     * evaluation of that clock.
     *
     * @param clock a duration clock of the policy, case-insensitive
     * @param t an instant from the creation to {@code now}
     * @return the clock's state at {@code t}
     * @throws IllegalArgumentException if the policy has no such clock, or {@code t} is out of range
     */
    public SlaState clockStateAt(String clock, Instant t) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(t, "t");
        if (t.isBefore(created) || t.isAfter(now)) {
            throw new IllegalArgumentException("Case " + caseId + ": " + t + " is outside the replay, from " + created
                    + " to " + now);
        }
        return policy.evaluateClock(history.snapshotAt(t), t, clock).state();
    }

    /** @return the first update sent to the customer, if any */
    public Optional<Instant> firstReply() {
        return Optional.ofNullable(firstReply);
    }

    /**
     * @return the instant the case last stopped running (solved, or closed if not solved before), when
     *         it is solved or closed at {@code now}; empty while it runs
     */
    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    /**
     * The live state of the case at an instant, from the replay: equal to
     * {@code policy.evaluate(history.snapshotAt(t), t).state()}.
     *
     * @param t an instant from the creation to {@code now}
     * @return the state at {@code t}
     * @throws IllegalArgumentException naming the case, if {@code t} is outside the timeline
     */
    public SlaState stateAt(Instant t) {
        Segment s = segmentAt(t);
        if (s.due == null) {
            return SlaState.NOT_RUNNING;
        }
        if (t.isAfter(s.due)) {
            return SlaState.BREACHED;
        }
        if (t.isBefore(s.atRisk(policy, calendar))) {
            return SlaState.ON_TRACK;
        }
        return SlaState.AT_RISK;
    }

    /** @return the state at {@code now} */
    public SlaState state() {
        return stateAt(now);
    }

    /**
     * The cycle whose clock runs at an instant. At the instant of an update the cycle it started is
     * returned, not the one it ended.
     *
     * @param t an instant from the creation to {@code now}
     * @return the cycle; empty while the case is solved or closed
     * @throws IllegalArgumentException naming the case, if {@code t} is outside the timeline
     */
    public Optional<SlaCycle> cycleAt(Instant t) {
        Segment s = segmentAt(t);
        return s.cycle < 0 ? Optional.empty() : Optional.of(cycles.get(s.cycle));
    }

    /** The segments, made on first use by replaying the history again, this time keeping them. */
    private List<Segment> segments() {
        List<Segment> s = segments;
        if (s == null) {
            s = new Run(history, policy, now, true).run().segments;
            segments = s;
        }
        return s;
    }

    private Segment segmentAt(Instant t) {
        Objects.requireNonNull(t, "t");
        if (t.isBefore(created) || t.isAfter(now)) {
            throw new IllegalArgumentException("Instant " + t + " is outside the timeline of case " + caseId
                    + ", which runs from its creation " + created + " to " + now);
        }
        List<Segment> segments = segments();
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (segments.get(mid).from.isAfter(t)) {
                hi = mid - 1;
            } else {
                lo = mid;
            }
        }
        return segments.get(lo);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof SlaTimeline)) {
            return false;
        }
        SlaTimeline o = (SlaTimeline) obj;
        return caseId.equals(o.caseId) && created.equals(o.created) && now.equals(o.now) && cycles.equals(o.cycles)
                && Objects.equals(firstReply, o.firstReply) && Objects.equals(resolvedAt, o.resolvedAt)
                && calendar.equals(o.calendar) && policy.equals(o.policy) && history.equals(o.history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseId, now, cycles);
    }

    /** @return the case id, the span and one line per cycle */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SlaTimeline[").append(caseId).append(' ').append(created).append("..")
                .append(now).append(", ").append(cycles.size()).append(cycles.size() == 1 ? " cycle" : " cycles");
        for (SlaCycle c : cycles) {
            sb.append("\n  ").append(c);
        }
        return sb.append(']').toString();
    }
}

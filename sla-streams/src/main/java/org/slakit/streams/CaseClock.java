package org.slakit.streams;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.ClockEvaluation;
import org.slakit.core.DurationClock;
import org.slakit.core.Evaluation;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaState;
import org.slakit.core.StatusChange;
import org.slakit.core.SupportCase;
import org.slakit.core.history.CaseEvent;

/**
 * The state the topology keeps per case: the case as it stands (what {@code CaseHistory.snapshotAt}
 * would give) and its open clock cycle, never its history. It applies events one at a time and
 * derives the transitions that {@code SlaTimeline.replay} derives, in the same way: events at one
 * instant form a batch that acts together, settled once the case's next event is later or the
 * task's event time has passed the instant; the at-risk and breach instants of the open cycle fire
 * once event time has passed them (nothing at that instant can change them any more).
 *
 * <p><b>Duration clocks</b> ({@link SlaPolicy#clocks()}) run beside the update cadence, each with its
 * own {@link ClockState}: evaluated ({@link SlaPolicy#evaluateClock}) on the case as it stands whenever
 * a settled batch changed an input of evaluation, they fire their at-risk and breach instants the same
 * way. They are timed on the case's status log, which the state keeps whole but for entries in a row
 * of the same status (see {@link #appendLog}), whatever the policy, so that a restart with a policy
 * whose clocks pause or run in other statuses times them right. A clock over the case's life has one cycle from creation; each stop (solved or closed) ends it
 * with a verdict and a reopening resumes it. A clock that runs only in some statuses has one cycle per
 * spell in them.
 *
 * <p>Mutable, confined to one stream thread; serialized by {@link CaseClockCodec}.
 */
final class CaseClock {

    /** Where transitions and problems go. */
    interface Sink {
        void transition(SlaTransition t);

        void problem(String message);
    }

    static final int MAX_FINGERPRINTS = 4;

    // ---- the case as it stands (CaseHistory.snapshotAt semantics)
    final String id;
    Instant created;
    String channel;
    Priority priority;
    boolean elevated;
    Instant prioritySince;
    CaseStatus status = CaseStatus.OPEN;
    Instant statusSince;
    Instant lastSent;
    Instant lastReopened;
    Duration agreedInterval;
    String assignee;
    /** The team support waits on ({@code SupportCase.waitingOn()}); null if none. */
    String waitingOn;
    Instant lastEventAt;
    /**
     * The statuses before the current one, oldest first, entries in a row of the same status merged (see
     * {@link #appendLog}); null while the case was open from creation to its current status.
     */
    List<StatusChange> log;

    // ---- the batch of events at lastEventAt, while it is not settled
    boolean pending;
    boolean runningBefore;
    boolean updated;
    boolean changed;
    boolean assigneeChanged;
    String assigneeBefore;
    /**
     * The pending batch began at an instant the task had already settled up to (an event that arrived
     * after event time passed it): unlike other batches before the task's settled mark, it is not settled
     * until punctuation or the case's next event settles it. See {@code SlaProcessor}.
     */
    boolean lateBatch;
    /**
     * Not stored: the store holds this case as its last event left it, before punctuation settled its
     * batch or fired its timers, which reading the case repeats, identically, without emitting. See
     * {@code SlaProcessor}.
     */
    boolean unsaved;
    /** Fingerprints of the events applied at lastEventAt (to tell duplicates). */
    int[] fingerprints = new int[MAX_FINGERPRINTS];
    int fingerprintCount;

    /** The latest instant whose transitions are final (a settled batch, a fired transition); null if none. */
    Instant finalUpTo;

    // ---- the open cycle and its current segment
    boolean cycleOpen;
    Instant cycleStart;
    Instant segmentFrom;
    String rule;
    Instant due;
    Instant atRisk;
    boolean atRiskSent;
    boolean breachedSent;

    // ---- the duration clocks, by their position in the policy
    static final ClockState[] NO_CLOCKS = new ClockState[0];
    ClockState[] clocks = NO_CLOCKS;
    /** When the duration clocks were last evaluated; null if never. */
    Instant clocksAt;

    /**
     * The state of one duration clock of a case, as of its last evaluation at {@link #clocksAt}: the
     * evaluation's state, rule, due and at-risk instants (what its timers and verdicts need), and what it
     * has emitted in its current cycle.
     */
    static final class ClockState {
        /** It has a current cycle: from creation for a clock over the case's life, in a spell for the other kind. */
        boolean open;
        /** Its last evaluation failed (reported): no timers and no verdict until it is evaluated again. */
        boolean failed;
        /** The state at {@link #clocksAt}; {@link SlaState#NOT_RUNNING} while stopped or not evaluated. */
        SlaState state = SlaState.NOT_RUNNING;
        /** Paused at {@link #clocksAt} (a pause status): its state holds until the next evaluation. */
        boolean paused;
        boolean atRiskSent;
        boolean breachedSent;
        /** The start of the current spell of a clock that runs only in some statuses; null for a life clock. */
        Instant start;
        /** The position of the rule in force among the clock's rules; -1 if none. */
        int rule = -1;
        /** Null while paused short of its target. */
        Instant due;
        /** Null once the at-risk transition is sent (not stored then). */
        Instant atRisk;

        void record(DurationClock d, ClockEvaluation e) {
            failed = false;
            state = e.state();
            paused = e.isPaused();
            rule = e.rule().map(d.rules()::indexOf).orElse(-1);
            due = e.due().orElse(null);
            atRisk = e.atRiskFrom().orElse(null);
        }

        /** Whether it may still fire: evaluated, with a state that can move or hold until a transition. */
        boolean live() {
            return open && !failed && state != SlaState.NOT_RUNNING;
        }
    }

    CaseClock(String id) {
        this.id = id;
    }

    /** A new case from its creation: the creation starts a batch, settled like any other. */
    static CaseClock create(CaseEvent.Created e, SlaPolicy policy) {
        CaseClock c = new CaseClock(e.caseId());
        c.clocks = freshClocks(policy.clocks().size());
        c.created = e.at();
        c.channel = e.channel().name();
        c.priority = e.priority();
        c.prioritySince = e.at();
        c.statusSince = e.at();
        c.lastEventAt = e.at();
        c.pending = true;
        c.runningBefore = false;
        c.changed = true;
        c.fingerprints[0] = fingerprint(e);
        c.fingerprintCount = 1;
        return c;
    }

    // ------------------------------------------------------------------ checks

    /**
     * Why an event cannot be applied to this case, or null if it can.
     *
     * @param e an event of this case
     * @return the reason and message, or null
     */
    Rejection check(CaseEvent e) {
        Instant t = e.at();
        if (e instanceof CaseEvent.Created c) {
            if (c.at().equals(created) && c.channel().name().equals(channel) && isSameCreation(c)) {
                return new Rejection(DeadLetter.Reason.DUPLICATE, "Case " + id + " was already created at " + created
                        + ": the repeated creation " + e + " is ignored");
            }
            return new Rejection(DeadLetter.Reason.CREATED_TWICE, "Case " + id + " was already created at " + created
                    + " on " + channel + "; the second creation " + e + " is ignored");
        }
        if (t.isBefore(lastEventAt)) {
            return new Rejection(DeadLetter.Reason.LATE, "Event " + e + " is older than the last event of case " + id
                    + " at " + lastEventAt + ": late events are not applied (transitions already emitted stand)");
        }
        if (t.equals(lastEventAt) && isFingerprinted(fingerprint(e))) {
            return new Rejection(DeadLetter.Reason.DUPLICATE, "Event " + e + " repeats an event of case " + id
                    + " already applied at " + t);
        }
        if (!pending && finalUpTo != null && !t.isAfter(finalUpTo)) {
            return new Rejection(DeadLetter.Reason.LATE, "Event " + e + " arrived after the transitions of case " + id
                    + " up to " + finalUpTo + " were emitted: late events are not applied");
        }
        return null;
    }

    private boolean isSameCreation(CaseEvent.Created c) {
        // the creation's priority may have changed since; the fingerprint of the creation is kept only
        // while no later event arrived, so compare what is stable: instant and channel, and the
        // priority when it never changed
        return prioritySince.equals(created) ? c.priority() == priority : true;
    }

    private boolean isFingerprinted(int fp) {
        for (int i = 0; i < fingerprintCount; i++) {
            if (fingerprints[i] == fp) {
                return true;
            }
        }
        return false;
    }

    record Rejection(DeadLetter.Reason reason, String message) {
    }

    // ------------------------------------------------------------------ events and time

    /**
     * Applies an event that {@link #check} accepted: first lets time run to its instant (settling
     * an earlier batch and firing what was due before it), then adds it to the batch at its instant.
     */
    void apply(CaseEvent e, SlaPolicy policy, Sink sink) {
        Instant t = e.at();
        advance(t, policy, sink);
        if (!pending) {
            pending = true;
            runningBefore = status.isClockRunning();
            updated = false;
            changed = false;
            assigneeChanged = false;
            assigneeBefore = null;
            fingerprintCount = 0;
        }
        lastEventAt = t;
        int fp = fingerprint(e);
        if (fingerprintCount < MAX_FINGERPRINTS) {
            fingerprints[fingerprintCount++] = fp;
        } else {
            fingerprints[MAX_FINGERPRINTS - 1] = fp;
        }
        if (e.kind() == org.slakit.core.history.EventKind.UPDATE_SENT) {
            updated = true;
        }
        changed |= change(e);
    }

    /**
     * Lets event time run up to {@code limit}, exclusive: everything at an instant before it is final.
     * Settles the pending batch if it is before the limit, then fires the at-risk and breach instants of
     * the open cycles (the update cadence's and the duration clocks') that are before the limit, in time
     * order.
     */
    void advance(Instant limit, SlaPolicy policy, Sink sink) {
        if (pending && lastEventAt.isBefore(limit)) {
            settle(policy, sink);
        }
        reconcile(policy);
        while (true) {
            Instant next = cycleTimer();
            if (next == null || !next.isBefore(limit)) {
                return;
            }
            fire(next, policy, sink);
        }
    }

    /** Fires every at-risk and breach instant at {@code t}, the earliest of {@link #cycleTimer()}. */
    private void fire(Instant t, SlaPolicy policy, Sink sink) {
        if (cycleOpen) {
            if (!atRiskSent && t.equals(cadenceAtRisk())) {
                atRiskSent = true;
                emit(sink, TransitionKind.AT_RISK, t, assignee);
            }
            if (!breachedSent && t.equals(cadenceBreach())) {
                breachedSent = true;
                emit(sink, TransitionKind.BREACHED, t, assignee);
            }
        }
        List<DurationClock> defs = policy.clocks();
        for (int k = 0; k < clocks.length; k++) {
            ClockState s = clocks[k];
            if (!s.atRiskSent && t.equals(clockAtRisk(s))) {
                s.atRiskSent = true;
                emitClock(sink, defs.get(k), s, TransitionKind.AT_RISK, t, assignee);
            }
            if (!s.breachedSent && t.equals(clockBreach(s))) {
                s.breachedSent = true;
                emitClock(sink, defs.get(k), s, TransitionKind.BREACHED, t, assignee);
            }
        }
    }

    /** The cadence cycle's at-risk instant while unsent and not past the due instant; null if none. */
    private Instant cadenceAtRisk() {
        Instant a = max(atRisk, segmentFrom);
        return a.isAfter(due) ? null : a;
    }

    private Instant cadenceBreach() {
        return max(due.plusNanos(1), segmentFrom);
    }

    /**
     * The first instant from the clock's last evaluation at which its state is at risk, if it is before
     * any breach: while it runs, its at-risk instant (or the evaluation's instant, if later); while
     * paused, the evaluation's instant if it was at risk then. Null if none, and once sent.
     */
    private Instant clockAtRisk(ClockState s) {
        if (s.atRiskSent || !s.live()) {
            return null;
        }
        if (s.paused) {
            return s.state == SlaState.AT_RISK ? clocksAt : null;
        }
        Instant a = max(s.atRisk, clocksAt);
        return a.isAfter(s.due) ? null : a;
    }

    /** Likewise the first instant at which the clock's state is breached; null if none, and once sent. */
    private Instant clockBreach(ClockState s) {
        if (s.breachedSent || !s.live()) {
            return null;
        }
        if (s.paused) {
            return s.state == SlaState.BREACHED ? clocksAt : null;
        }
        return max(s.due.plusNanos(1), clocksAt);
    }

    /**
     * Settles the pending batch, if any, whatever its instant: what {@link #advance} does first once the
     * limit is past the batch, without firing any timer.
     */
    void settleBatch(SlaPolicy policy, Sink sink) {
        if (pending) {
            settle(policy, sink);
        }
    }

    /** The instant at which {@link #advance} next has something to do (it does once the limit is after it); null if never. */
    Instant nextTimer() {
        if (pending) {
            return lastEventAt;
        }
        return cycleTimer();
    }

    /**
     * The earliest unsent at-risk or breach instant of the open cycles (the update cadence's and the
     * duration clocks'), ignoring a pending batch; null if none. Only settling a batch and firing change
     * it; an event arriving (after letting time run to its instant) does not, so a case keeps this timer
     * while a batch is pending and adds one at {@link #lastEventAt} (see {@link #pendingTimer()}).
     */
    Instant cycleTimer() {
        Instant next = null;
        if (cycleOpen) {
            if (!atRiskSent) {
                next = cadenceAtRisk();
            }
            if (!breachedSent) {
                next = min(next, cadenceBreach());
            }
        }
        for (ClockState s : clocks) {
            next = min(next, clockAtRisk(s));
            next = min(next, clockBreach(s));
        }
        return next;
    }

    /** The instant of the pending batch, which is settled once the limit is after it; null if none. */
    Instant pendingTimer() {
        return pending ? lastEventAt : null;
    }

    private void settle(SlaPolicy policy, Sink sink) {
        Instant t = lastEventAt;
        boolean runningAfter = status.isClockRunning();
        String before = assigneeChanged ? assigneeBefore : assignee;
        if (runningBefore && (updated || !runningAfter) && cycleOpen) {
            if (!breachedSent && t.isAfter(due)) {
                breachedSent = true;
                emit(sink, TransitionKind.BREACHED, t, before);
            }
            TransitionKind end = !updated ? TransitionKind.STOPPED
                    : t.isAfter(due) ? TransitionKind.LATE : TransitionKind.MET;
            emit(sink, end, t, before);
            cycleOpen = false;
        }
        SupportCase now = null;
        if (!runningAfter) {
            cycleOpen = false;
        } else if (!runningBefore || updated || !cycleOpen) {
            now = toCase();
            openCycle(t, policy, sink, now);
        } else if (changed) {
            now = toCase();
            evaluate(t, policy, sink, now);
        }
        settleClocks(t, runningAfter, before, now, policy, sink);
        pending = false;
        lateBatch = false;
        updated = false;
        changed = false;
        assigneeChanged = false;
        assigneeBefore = null;
        finalUpTo = max(finalUpTo, t);
    }

    private void openCycle(Instant t, SlaPolicy policy, Sink sink, SupportCase now) {
        cycleStart = t;
        atRiskSent = false;
        breachedSent = false;
        cycleOpen = true;
        evaluate(t, policy, sink, now);
    }

    private void evaluate(Instant t, SlaPolicy policy, Sink sink, SupportCase now) {
        Evaluation e;
        try {
            e = policy.evaluate(now, t);
        } catch (RuntimeException ex) {
            cycleOpen = false;
            sink.problem("Case " + id + " could not be evaluated at " + t + ": " + ex.getMessage()
                    + "; its clock is stopped until its next event");
            return;
        }
        segmentFrom = t;
        rule = e.rule().orElseThrow().name();
        due = e.due().orElseThrow();
        atRisk = e.atRiskFrom().orElseThrow();
    }

    /**
     * The duration clocks' part of settling the batch at {@code t}: ends the cycles the batch ends (judged
     * on the case as it stood before the batch, which their last evaluation is of), opens the spells it
     * opens, and evaluates every clock on the case after it if an input of evaluation changed.
     *
     * @param now the case after the batch, if already built; else null
     */
    private void settleClocks(Instant t, boolean runningAfter, String before, SupportCase now, SlaPolicy policy,
            Sink sink) {
        reconcile(policy);
        if (clocks.length == 0) {
            return;
        }
        List<DurationClock> defs = policy.clocks();
        boolean again = changed;
        for (int k = 0; k < clocks.length; k++) {
            ClockState s = clocks[k];
            DurationClock d = defs.get(k);
            if (!d.isPerSpell()) {
                if (!s.open) {
                    // the creation batch: the life cycle starts; a case stopped at once ends it at once, judged
                    // as the replay judges it, on the case as open at creation
                    s.open = true;
                    if (!runningAfter) {
                        judgeAtCreation(t, d, s, policy, sink);
                    }
                } else if (runningBefore && !runningAfter) {
                    end(t, d, s, before, sink);
                }
            } else {
                boolean in = runs(d, status);
                if (s.open && !in) {
                    end(t, d, s, before, sink);
                    s.open = false;
                } else if (!s.open && in) {
                    s.open = true;
                    s.start = t;
                    s.atRiskSent = false;
                    s.breachedSent = false;
                    s.failed = false;
                    again = true;
                }
            }
            again |= s.failed;
        }
        if (!runningAfter) {
            for (ClockState s : clocks) {
                s.state = SlaState.NOT_RUNNING;
                s.paused = false;
                s.failed = false;
            }
            clocksAt = t;
            return;
        }
        if (!again) {
            return;
        }
        if (now == null) {
            now = toCase();
        }
        clocksAt = t;
        for (int k = 0; k < clocks.length; k++) {
            ClockState s = clocks[k];
            if (!s.open) {
                s.state = SlaState.NOT_RUNNING;
                s.paused = false;
                continue;
            }
            DurationClock d = defs.get(k);
            ClockEvaluation e;
            try {
                e = policy.evaluateClock(now, t, d.name());
            } catch (RuntimeException ex) {
                s.failed = true;
                s.state = SlaState.NOT_RUNNING;
                sink.problem("Clock " + d.name() + " of case " + id + " could not be evaluated at " + t + ": "
                        + ex.getMessage() + "; it has no timers until it is evaluated again, at the case's next event");
                continue;
            }
            s.record(d, e);
        }
    }

    /**
     * Ends a clock's cycle at {@code t} with its verdict, from its last evaluation (of the case as it stood
     * before the batch at {@code t}): late if it ran past its due instant, which a running clock did if
     * {@code t} is after it; a breach no earlier instant showed is emitted first, at {@code t}.
     */
    private void end(Instant t, DurationClock d, ClockState s, String before, Sink sink) {
        if (s.failed || s.state == SlaState.NOT_RUNNING) {
            return; // never evaluated, or its evaluation failed (reported then): no verdict to give
        }
        boolean late = s.paused ? s.state == SlaState.BREACHED : t.isAfter(s.due);
        if (late && !s.breachedSent) {
            s.breachedSent = true;
            emitClock(sink, d, s, TransitionKind.BREACHED, t, before);
        }
        emitClock(sink, d, s, late ? TransitionKind.LATE : TransitionKind.MET, t, before);
    }

    /** The verdict on a life clock of a case stopped at its creation instant: the case as open then, at once. */
    private void judgeAtCreation(Instant t, DurationClock d, ClockState s, SlaPolicy policy, Sink sink) {
        SupportCase open = toCase().toBuilder().status(CaseStatus.OPEN).statusSince(created)
                .earlierStatuses(List.of()).build();
        ClockEvaluation e;
        try {
            e = policy.evaluateClock(open, t, d.name());
        } catch (RuntimeException ex) {
            sink.problem("Clock " + d.name() + " of case " + id + " could not be evaluated at " + t + ": "
                    + ex.getMessage() + "; it has no verdict for the case stopped at its creation");
            return;
        }
        s.record(d, e);
        end(t, d, s, null, sink);
    }

    /**
     * Makes {@link #clocks} match the policy's duration clocks. State written by a version without them,
     * or under a policy with another number of clocks (or fewer rules in a clock), starts them afresh: a
     * clock over the case's life has a cycle from creation, a per-spell clock one from the start of its
     * current spell if it runs in the current status (both timed on the status log, which the state keeps
     * whatever the policy; state of versions 1 and 2 has none, so a case from then reads as open from
     * creation to its current status); neither has a verdict or timer until the case's next event
     * evaluates it.
     */
    void reconcile(SlaPolicy policy) {
        List<DurationClock> defs = policy.clocks();
        if (clocks.length == defs.size()) {
            for (int k = 0; k < clocks.length; k++) {
                if (clocks[k].rule >= defs.get(k).rules().size()) {
                    clocks[k] = restart(defs.get(k)); // a policy with fewer rules for this clock
                }
            }
            return;
        }
        clocks = freshClocks(defs.size());
        for (int k = 0; k < clocks.length; k++) {
            clocks[k] = restart(defs.get(k));
        }
    }

    private ClockState restart(DurationClock d) {
        ClockState s = new ClockState();
        if (!d.isPerSpell()) {
            s.open = true;
            s.failed = true;
        } else if (runs(d, status)) {
            s.open = true;
            s.start = spellStart(d);
            s.failed = true;
        }
        return s;
    }

    /** The start of the current spell of a per-spell clock that runs in the current status, from the log. */
    private Instant spellStart(DurationClock d) {
        if (log == null) {
            return statusSince.isAfter(created) && runs(d, CaseStatus.OPEN) ? created : statusSince;
        }
        Instant start = statusSince;
        for (int i = log.size() - 1; i >= 0 && runs(d, log.get(i).status()); i--) {
            start = log.get(i).since();
        }
        return start;
    }

    static ClockState[] freshClocks(int n) {
        if (n == 0) {
            return NO_CLOCKS;
        }
        ClockState[] a = new ClockState[n];
        for (int i = 0; i < n; i++) {
            a[i] = new ClockState();
        }
        return a;
    }

    /** Whether a duration clock runs while the case is in a status ({@code DurationClock.runsIn}). */
    static boolean runs(DurationClock d, CaseStatus s) {
        return s.isClockRunning()
                && (d.runsOnlyIn().isEmpty() ? !d.pausedIn().contains(s) : d.runsOnlyIn().contains(s));
    }

    /**
     * Records that the case was in {@code left} from {@code since} until it entered its next status, as
     * {@code CaseHistory} does, merging it into the entry before when that has the same status (a case
     * solved and reopened at one instant): a duration clock's evaluation reads the log only for whether it
     * ran in each entry and when the entry began, so such entries read as one for every clock. While
     * {@link #log} is null the case reads as open from creation to its current status.
     */
    private void appendLog(CaseStatus left, Instant since) {
        CaseStatus last = log == null ? CaseStatus.OPEN : log.get(log.size() - 1).status();
        if (left == last) {
            return;
        }
        if (log == null) {
            log = new ArrayList<>(4);
            if (since.isAfter(created)) {
                log.add(StatusChange.of(CaseStatus.OPEN, created));
            }
        }
        log.add(StatusChange.of(left, since));
    }

    private void emitClock(Sink sink, DurationClock d, ClockState s, TransitionKind kind, Instant at, String who) {
        finalUpTo = max(finalUpTo, at);
        sink.transition(new SlaTransition(id, d.name(), kind, d.rules().get(s.rule).name(),
                Optional.ofNullable(s.due), at,
                s.start != null ? s.start : created, Optional.ofNullable(who)));
    }

    private void emit(Sink sink, TransitionKind kind, Instant at, String who) {
        finalUpTo = max(finalUpTo, at);
        sink.transition(new SlaTransition(id, SlaTransition.UPDATES, kind, rule, Optional.of(due), at, cycleStart,
                Optional.ofNullable(who)));
    }

    /** {@code CaseHistory.snapshotAt}'s rules for one event; true if an input of evaluation changed. */
    private boolean change(CaseEvent e) {
        Instant at = e.at();
        if (e instanceof CaseEvent.StatusEvent se) {
            CaseStatus s = se.status();
            if (s == status) {
                return false;
            }
            if (s.isClockRunning() && !status.isClockRunning()) {
                lastReopened = at;
            }
            if (at.isAfter(statusSince)) {
                appendLog(status, statusSince); // a status held for no time is left out
            }
            status = s;
            statusSince = at;
            return true;
        }
        if (e instanceof CaseEvent.PriorityChanged p) {
            if (p.priority() == priority) {
                return false;
            }
            priority = p.priority();
            prioritySince = at;
            return true;
        }
        if (e instanceof CaseEvent.ElevationChanged x) {
            if (x.elevated() == elevated) {
                return false;
            }
            elevated = x.elevated();
            prioritySince = at;
            return true;
        }
        if (e instanceof CaseEvent.UpdateSent) {
            if (at.equals(lastSent)) {
                return false;
            }
            lastSent = at;
            return true;
        }
        if (e instanceof CaseEvent.AgreedIntervalSet a) {
            if (a.interval().equals(agreedInterval)) {
                return false;
            }
            agreedInterval = a.interval();
            return true;
        }
        if (e instanceof CaseEvent.Assigned a) {
            if (!assigneeChanged) {
                assigneeChanged = true;
                assigneeBefore = assignee;
            }
            assignee = a.assignee().orElse(null);
            return false;
        }
        if (e instanceof CaseEvent.WaitingOnChanged w) {
            String team = w.team().orElse(null);
            if (java.util.Objects.equals(team, waitingOn)) {
                return false;
            }
            waitingOn = team;
            return true;
        }
        return false; // customer message; a creation never reaches here
    }

    /** @return the case as it stands, for evaluation and the breaching-soon view */
    SupportCase toCase() {
        SupportCase.Builder b = SupportCase.builder(id, created)
                .channel(Channel.of(channel))
                .priority(priority)
                .elevated(elevated)
                .prioritySince(prioritySince)
                .status(status)
                .statusSince(statusSince);
        if (lastSent != null) {
            b.lastSentToCustomer(lastSent);
        }
        if (lastReopened != null) {
            b.lastReopened(lastReopened);
        }
        if (agreedInterval != null) {
            b.agreedInterval(agreedInterval);
        }
        if (assignee != null) {
            b.assignee(assignee);
        }
        if (waitingOn != null) {
            b.waitingOn(waitingOn);
        }
        if (log != null) {
            b.earlierStatuses(log);
        }
        return b.build();
    }

    // ------------------------------------------------------------------ helpers

    /** A 32-bit fingerprint of an event's kind and details (not its instant): equal events have equal fingerprints. */
    static int fingerprint(CaseEvent e) {
        long h = mix(0xcbf29ce484222325L, e.kind().ordinal() + 1);
        if (e instanceof CaseEvent.Created c) {
            h = mix(h, c.channel().name());
            h = mix(h, c.priority().ordinal());
        } else if (e instanceof CaseEvent.StatusEvent s) {
            h = mix(h, s.status().ordinal());
        } else if (e instanceof CaseEvent.PriorityChanged p) {
            h = mix(h, p.priority().ordinal());
        } else if (e instanceof CaseEvent.ElevationChanged x) {
            h = mix(h, x.elevated() ? 1 : 2);
        } else if (e instanceof CaseEvent.AgreedIntervalSet a) {
            h = mix(h, a.interval().getSeconds());
        } else if (e instanceof CaseEvent.Assigned a) {
            h = a.assignee().isPresent() ? mix(h, a.assignee().get()) : mix(h, -1);
        } else if (e instanceof CaseEvent.WaitingOnChanged w) {
            h = w.team().isPresent() ? mix(h, w.team().get()) : mix(h, -2);
        }
        return (int) (h ^ (h >>> 32));
    }

    private static long mix(long h, long v) {
        h ^= v;
        h *= 0x100000001b3L;
        h ^= h >>> 29;
        return h * 0xbf58476d1ce4e5b9L;
    }

    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = mix(h, s.charAt(i));
        }
        return mix(h, s.length());
    }

    static Instant min(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    static Instant max(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}

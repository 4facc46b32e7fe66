package org.slakit.streams;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Evaluation;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
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
    Instant lastEventAt;

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
     * Not stored: the store holds this case as it was before its last batch was settled, a settling that
     * emitted nothing and that reading the case settles again, identically. See {@code SlaProcessor}.
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

    CaseClock(String id) {
        this.id = id;
    }

    /** A new case from its creation: the creation starts a batch, settled like any other. */
    static CaseClock create(CaseEvent.Created e) {
        CaseClock c = new CaseClock(e.caseId());
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
     * Settles the pending batch if it is before the limit, then fires the open cycle's at-risk and
     * breach instants that are before the limit.
     */
    void advance(Instant limit, SlaPolicy policy, Sink sink) {
        if (pending && lastEventAt.isBefore(limit)) {
            settle(policy, sink);
        }
        if (!cycleOpen) {
            return;
        }
        if (!atRiskSent) {
            Instant a = max(atRisk, segmentFrom);
            if (!a.isAfter(due) && a.isBefore(limit)) {
                atRiskSent = true;
                emit(sink, TransitionKind.AT_RISK, a, assignee);
            }
        }
        if (!breachedSent) {
            Instant b = max(due.plusNanos(1), segmentFrom);
            if (b.isBefore(limit)) {
                breachedSent = true;
                emit(sink, TransitionKind.BREACHED, b, assignee);
            }
        }
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
     * The earlier of the open cycle's unsent at-risk and breach instants, ignoring a pending batch; null
     * if none. Only settling a batch and firing change it; an event arriving (after letting time run to
     * its instant) does not, so a case keeps this timer while a batch is pending and adds one at
     * {@link #lastEventAt} (see {@link #pendingTimer()}).
     */
    Instant cycleTimer() {
        if (!cycleOpen) {
            return null;
        }
        Instant next = null;
        if (!atRiskSent) {
            Instant a = max(atRisk, segmentFrom);
            if (!a.isAfter(due)) {
                next = a;
            }
        }
        if (!breachedSent) {
            Instant b = max(due.plusNanos(1), segmentFrom);
            next = next == null || b.isBefore(next) ? b : next;
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
        if (!runningAfter) {
            cycleOpen = false;
        } else if (!runningBefore || updated || !cycleOpen) {
            openCycle(t, policy, sink);
        } else if (changed) {
            evaluate(t, policy, sink);
        }
        pending = false;
        lateBatch = false;
        updated = false;
        changed = false;
        assigneeChanged = false;
        assigneeBefore = null;
        finalUpTo = max(finalUpTo, t);
    }

    private void openCycle(Instant t, SlaPolicy policy, Sink sink) {
        cycleStart = t;
        atRiskSent = false;
        breachedSent = false;
        cycleOpen = true;
        evaluate(t, policy, sink);
    }

    private void evaluate(Instant t, SlaPolicy policy, Sink sink) {
        Evaluation e;
        try {
            e = policy.evaluate(toCase(), t);
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

    static Instant max(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}

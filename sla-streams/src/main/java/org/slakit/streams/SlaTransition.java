package org.slakit.streams;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of a case's SLA clock, as the topology emits it on the transitions topic: the case
 * became at risk or breached, or a clock cycle ended (met, late, stopped).
 *
 * <p>A transition names its clock: {@value #UPDATES} for the policy's update cadence, or one of the
 * policy's duration clocks ({@code SlaPolicy.clocks()}, such as the standard policy's 24-hour
 * {@code resolution}). A duration clock over the case's life has one cycle, from creation: every stop of
 * the case (solved or closed) ends it with {@link TransitionKind#MET} or {@link TransitionKind#LATE},
 * and a reopening resumes the same cycle (same {@code cycleStart}), which the next stop ends again, so
 * the latest end is the verdict. A duration clock that runs only in some statuses has one cycle per
 * spell in them, ended when the spell ends. A duration clock's cycles never end
 * {@link TransitionKind#STOPPED}. Readers treat a missing {@code clock} as {@value #UPDATES}.
 *
 * <p>A transition is identified by case, clock, cycle start and kind, and for the end of a life
 * clock's cycle also its instant: each cycle has at most one at-risk and one breached transition, one
 * end (a life clock: one per stop), and the topology emits each once (also across restarts, under
 * {@code processing.guarantee=exactly_once_v2}; with at-least-once a consumer can drop repeats by
 * that identity).
 *
 * @param caseId the case
 * @param clock the clock's name, {@value #UPDATES} for the policy's update cadence
 * @param kind what happened
 * @param rule the name of the policy rule in force at {@code at} (for a cycle end: just before it)
 * @param due the due instant in force at {@code at} (for a cycle end: the one it is judged against); always
 *        present for {@value #UPDATES}; empty for a duration clock paused short of its target, whose due
 *        instant is not known while it is paused ({@code ClockEvaluation.due()})
 * @param at the instant of the transition, in event time
 * @param cycleStart the start of the clock cycle: for {@value #UPDATES} the creation, the update that
 *        ended the previous cycle, or the reopening; for a duration clock the creation (a clock over the
 *        case's life) or the start of the spell
 * @param assignee who had the case at {@code at} (for a cycle end: just before the events at that
 *        instant); empty if nobody
 */
public record SlaTransition(String caseId, String clock, TransitionKind kind, String rule, Optional<Instant> due,
        Instant at, Instant cycleStart, Optional<String> assignee) {

    /** The name of the update-cadence clock ({@code DurationClock.UPDATES}). */
    public static final String UPDATES = "updates";

    /** Checks that no component is null. */
    public SlaTransition {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(cycleStart, "cycleStart");
        Objects.requireNonNull(assignee, "assignee");
    }

    /** @return for example {@code C-7 updates breached at 2026-03-05T09:00:00.000000001Z (rule open, due 2026-03-05T09:00:00Z, cycle from 2026-03-02T09:00:00Z, ana)} */
    @Override
    public String toString() {
        return caseId + " " + clock + " " + kind.text() + " at " + at + " (rule " + rule + ", due "
                + due.map(Instant::toString).orElse("not known while paused") + ", cycle from " + cycleStart + ", " + assignee.orElse("unassigned") + ")";
    }
}

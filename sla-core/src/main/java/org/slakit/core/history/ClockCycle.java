package org.slakit.core.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slakit.core.SlaRule;

/**
 * One cycle of a {@link org.slakit.core.DurationClock duration clock} in a replayed case
 * ({@link SlaTimeline#clockCycles()}): for a clock over the case's life, creation to the instant
 * the case last stopped (or {@code now} while it runs), with the intervals in which the clock was
 * paused or stopped; for a clock that runs only in some statuses, one spell in them.
 *
 * <p>The outcome is {@link CycleOutcome#MET} when the clock did not run past its due instant
 * before the cycle ended, {@link CycleOutcome#LATE} when it did, {@link CycleOutcome#RUNNING} or
 * {@link CycleOutcome#BREACHED} while it runs at {@code now}. The rule, target length, running time
 * and due instant are those in force at the end: the clock evaluated on the case as it stood right
 * before the end (the event that ends the cycle excluded), at the end instant.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClockCycle {

    /**
     * An interval in which the clock did not run: paused (a pause status, or outside the statuses
     * of a per-spell clock) or stopped (solved or closed, before a reopening).
     *
     * @param start inclusive
     * @param end exclusive
     */
    public record Pause(Instant start, Instant end) {
        /** Checks the components. */
        public Pause {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }

        /** @return the wall-clock length of the pause */
        public Duration length() {
            return Duration.between(start, end);
        }
    }

    private final String clock;
    private final String caseId;
    private final Instant start;
    private final Instant end;
    private final boolean open;
    private final CycleOutcome outcome;
    private final SlaRule rule;
    private final Instant due;
    private final Duration used;
    private final Duration targetLength;
    private final List<Pause> pauses;
    private final String team;

    ClockCycle(String clock, String caseId, Instant start, Instant end, boolean open, CycleOutcome outcome,
            SlaRule rule, Instant due, Duration used, Duration targetLength, List<Pause> pauses, String team) {
        this.clock = clock;
        this.caseId = caseId;
        this.start = start;
        this.end = end;
        this.open = open;
        this.outcome = outcome;
        this.rule = rule;
        this.due = due;
        this.used = used;
        this.targetLength = targetLength;
        this.pauses = List.copyOf(pauses);
        this.team = team;
    }

    /** @return the clock's name */
    public String clock() {
        return clock;
    }

    /** @return the case */
    public String caseId() {
        return caseId;
    }

    /** @return when the cycle started */
    public Instant start() {
        return start;
    }

    /** @return when the cycle ended, or the replay's {@code now} for a cycle still running */
    public Instant end() {
        return end;
    }

    /** @return true if the cycle still runs at the replay's {@code now} */
    public boolean isOpen() {
        return open;
    }

    /** @return met, late, breached or running */
    public CycleOutcome outcome() {
        return outcome;
    }

    /** @return the clock's rule in force at the end */
    public SlaRule rule() {
        return rule;
    }

    /** @return the due instant at the end; empty for a running cycle paused short of its target */
    public Optional<Instant> due() {
        return Optional.ofNullable(due);
    }

    /** @return the first instant the cycle was breached: right after the due instant, for a late or breached cycle */
    public Optional<Instant> breachedAt() {
        return outcome == CycleOutcome.LATE || outcome == CycleOutcome.BREACHED ? Optional.of(due.plusNanos(1))
                : Optional.empty();
    }

    /** @return the running time of the cycle, in the target's measure */
    public Duration used() {
        return used;
    }

    /** @return the target in its own measure */
    public Duration targetLength() {
        return targetLength;
    }

    /** @return the intervals within the cycle in which the clock did not run, in time order */
    public List<Pause> pauses() {
        return pauses;
    }

    /** @return the team support waited on at the end, for internal SLAs per team */
    public Optional<String> team() {
        return Optional.ofNullable(team);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ClockCycle)) {
            return false;
        }
        ClockCycle o = (ClockCycle) obj;
        return clock.equals(o.clock) && caseId.equals(o.caseId) && start.equals(o.start) && end.equals(o.end)
                && open == o.open && outcome == o.outcome && rule.equals(o.rule) && Objects.equals(due, o.due)
                && used.equals(o.used) && targetLength.equals(o.targetLength) && pauses.equals(o.pauses)
                && Objects.equals(team, o.team);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clock, caseId, start, end, outcome, due);
    }

    /** @return a one-line summary for logs */
    @Override
    public String toString() {
        return "ClockCycle[" + clock + " " + caseId + " " + start + " to " + end + (open ? " (open)" : "") + " "
                + outcome + " rule " + rule.name() + (due == null ? "" : " due " + due) + ", " + pauses.size()
                + " pauses" + (team == null ? "" : ", team " + team) + "]";
    }
}

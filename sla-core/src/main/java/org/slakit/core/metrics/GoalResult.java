package org.slakit.core.metrics;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How a {@link ResolutionGoal} fared over a set of cases at the report's instant.
 *
 * <p>Each case is either <em>met</em> (resolved at or before its deadline), <em>missed</em>
 * (resolved after it, or still unresolved when the deadline has passed) or <em>undecided</em>
 * (unresolved, deadline still ahead: it may yet make it). The share is {@code met / (met + missed)};
 * undecided cases are left out, so that young cases neither help nor hurt. The verdict is
 * {@link Verdict#PASS} when the share reaches the goal's percent (compared exactly, in decimal),
 * {@link Verdict#FAIL} when it does not, and {@link Verdict#NO_CASES} when no case is decided.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GoalResult {

    /** Whether the goal was reached. */
    public enum Verdict {
        /** The share reaches the goal. */
        PASS,
        /** The share is below the goal. */
        FAIL,
        /** No case is decided yet: there is no share to judge. */
        NO_CASES
    }

    private final ResolutionGoal goal;
    private final long met;
    private final long missed;
    private final long undecided;

    private GoalResult(ResolutionGoal goal, long met, long missed, long undecided) {
        this.goal = goal;
        this.met = met;
        this.missed = missed;
        this.undecided = undecided;
    }

    static GoalResult of(ResolutionGoal goal, long met, long missed, long undecided) {
        return new GoalResult(goal, met, missed, undecided);
    }

    /** @return the goal */
    public ResolutionGoal goal() {
        return goal;
    }

    /** @return cases resolved at or before their deadline */
    public long met() {
        return met;
    }

    /** @return cases resolved after their deadline, or unresolved past it */
    public long missed() {
        return missed;
    }

    /** @return cases unresolved with their deadline still ahead */
    public long undecided() {
        return undecided;
    }

    /** @return {@code met / (met + missed)}; empty when no case is decided */
    public OptionalDouble share() {
        long decided = met + missed;
        return decided == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) met / decided);
    }

    /** @return pass, fail, or no cases */
    public Verdict verdict() {
        if (met + missed == 0) {
            return Verdict.NO_CASES;
        }
        return goal.isReached(met, met + missed) ? Verdict.PASS : Verdict.FAIL;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof GoalResult)) {
            return false;
        }
        GoalResult o = (GoalResult) obj;
        return goal.equals(o.goal) && met == o.met && missed == o.missed && undecided == o.undecided;
    }

    @Override
    public int hashCode() {
        return Objects.hash(goal, met, missed, undecided);
    }

    /** @return {@code 80% within 24 hours: PASS, 41 of 50 (82.0%), 3 undecided} */
    @Override
    public String toString() {
        OptionalDouble s = share();
        return goal + ": " + verdict() + ", " + met + " of " + (met + missed)
                + (s.isPresent() ? String.format(Locale.ROOT, " (%.1f%%)", 100 * s.getAsDouble()) : "")
                + ", " + undecided + " undecided";
    }
}

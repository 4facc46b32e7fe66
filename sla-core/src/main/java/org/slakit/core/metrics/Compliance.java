package org.slakit.core.metrics;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;
import org.slakit.core.history.CycleOutcome;
import org.slakit.core.history.ClockCycle;
import org.slakit.core.history.SlaCycle;

/**
 * How many clock cycles kept their SLA: counts by {@link CycleOutcome outcome}, and the rate.
 *
 * <p>A cycle is <em>kept</em> when an update was sent at or before its due instant
 * ({@link CycleOutcome#MET}) and <em>missed</em> when the customer waited past it: an update sent
 * late ({@link CycleOutcome#LATE}), a clock still running past its due instant at the report's
 * instant ({@link CycleOutcome#BREACHED}, late whatever happens next), or a case solved or closed
 * after its due instant without an update ({@link #stoppedLate()}). A cycle stopped in time and a
 * cycle still running before its due instant are neither: no update was owed yet. The
 * {@link #rate() rate} is {@code kept / (kept + missed)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Compliance {

    static final int MET = 0;
    static final int LATE = 1;
    static final int BREACHED = 2;
    static final int STOPPED = 3;
    static final int STOPPED_LATE = 4;
    static final int RUNNING = 5;
    static final int SIZE = 6;

    private final long[] counts;

    private Compliance(long[] counts) {
        this.counts = counts;
    }

    static Compliance of(long[] counts) {
        return new Compliance(counts.clone());
    }

    /** The slot of a cycle in a counts array. */
    static int slot(ClockCycle c) {
        return outcomeSlot(c.outcome());
    }

    static int slot(SlaCycle c) {
        if (c.outcome() == CycleOutcome.STOPPED) {
            return c.end().isAfter(c.due()) ? STOPPED_LATE : STOPPED;
        }
        return outcomeSlot(c.outcome());
    }

    /** The slot of an outcome other than stopped. */
    private static int outcomeSlot(CycleOutcome outcome) {
        switch (outcome) {
            case MET:
                return MET;
            case LATE:
                return LATE;
            case BREACHED:
                return BREACHED;
            case RUNNING:
                return RUNNING;
            default:
                throw new IllegalArgumentException("A stopped cycle needs its end and due instant: " + outcome);
        }
    }

    /** @return cycles ended by an update in time */
    public long met() {
        return counts[MET];
    }

    /** @return cycles ended by an update after the due instant */
    public long late() {
        return counts[LATE];
    }

    /** @return cycles still running past their due instant at the report's instant */
    public long breached() {
        return counts[BREACHED];
    }

    /** @return cycles stopped (solved or closed) at or before their due instant */
    public long stopped() {
        return counts[STOPPED];
    }

    /** @return cycles stopped (solved or closed) after their due instant, without an update */
    public long stoppedLate() {
        return counts[STOPPED_LATE];
    }

    /** @return cycles still running, not past their due instant, at the report's instant */
    public long running() {
        return counts[RUNNING];
    }

    /** @return the cycles counted here, of every outcome */
    public long cycles() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    /** @return the kept cycles: {@link #met()} */
    public long kept() {
        return met();
    }

    /** @return the missed cycles: {@code late + breached + stoppedLate} */
    public long missed() {
        return late() + breached() + stoppedLate();
    }

    /** @return {@code kept / (kept + missed)}; empty when no cycle was kept or missed */
    public OptionalDouble rate() {
        long decided = kept() + missed();
        return decided == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) kept() / decided);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Compliance && Arrays.equals(counts, ((Compliance) obj).counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    /** @return {@code 90.0% (9 met, 1 late, 0 breached, 0 stopped late; 3 stopped, 2 running)} */
    @Override
    public String toString() {
        OptionalDouble r = rate();
        return (r.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * r.getAsDouble()) : "no rate")
                + " (" + met() + " met, " + late() + " late, " + breached() + " breached, " + stoppedLate()
                + " stopped late; " + stopped() + " stopped, " + running() + " running)";
    }
}

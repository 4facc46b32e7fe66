package org.slakit.streams;

import java.util.Locale;
import java.util.Objects;

/**
 * What happened to a clock cycle of a case (see {@link SlaTransition}). {@link #AT_RISK} and
 * {@link #BREACHED} happen at most once per cycle; a cycle ends with exactly one of {@link #MET},
 * {@link #LATE} or {@link #STOPPED}, unless it is still running, except that a duration clock's cycle
 * over the case's life ends at each stop of the case (a reopening resumes it).
 */
public enum TransitionKind {
    /** The case became at risk: the first instant of the cycle at which its live state is at risk. */
    AT_RISK("at-risk"),
    /**
     * The case became breached: the first instant of the cycle after a due instant then in force (the
     * due instant plus one nanosecond), or the instant a change made it breached at once, or the
     * instant of a late update or stop that ends the cycle before any other instant showed the breach.
     */
    BREACHED("breached"),
    /**
     * The cycle ended in time: for the update cadence, with an update sent at or before the due instant;
     * for a duration clock, by a stop of the case or the end of a spell before the clock ran past its due
     * instant.
     */
    MET("met"),
    /** The cycle ended after its due instant: an update sent after it, or a duration clock that ran past it. */
    LATE("late"),
    /** The update cadence's cycle ended because the case was solved or closed while its clock ran (never a duration clock's). */
    STOPPED("stopped");

    private final String text;

    TransitionKind(String text) {
        this.text = text;
    }

    /** @return the text form used in JSON: {@code at-risk}, {@code breached}, {@code met}, {@code late}, {@code stopped} */
    public String text() {
        return text;
    }

    /** @return true for {@link #MET}, {@link #LATE} and {@link #STOPPED}: the transitions that end a cycle */
    public boolean endsCycle() {
        return this == MET || this == LATE || this == STOPPED;
    }

    /**
     * Reads the text form back.
     *
     * @param text {@code at-risk}, {@code breached}, {@code met}, {@code late} or {@code stopped}; case is ignored
     * @return the kind
     * @throws IllegalArgumentException naming the text and the accepted values
     */
    public static TransitionKind parse(String text) {
        Objects.requireNonNull(text, "text");
        String key = text.strip().toLowerCase(Locale.ROOT);
        for (TransitionKind k : values()) {
            if (k.text.equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("Unknown transition '" + text
                + "': expected at-risk, breached, met, late or stopped");
    }
}

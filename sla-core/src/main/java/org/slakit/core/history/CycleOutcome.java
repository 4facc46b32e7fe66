package org.slakit.core.history;

/**
 * How a clock cycle of a replayed case ended, or stands at the end of the replay (see
 * {@link SlaCycle}).
 */
public enum CycleOutcome {
    /** Ended by an update sent to the customer at or before the due instant. */
    MET,
    /** Ended by an update sent to the customer after the due instant. */
    LATE,
    /** Still running at the end of the replay, and past its due instant: any update now is late. */
    BREACHED,
    /** Still running at the end of the replay, not past its due instant. */
    RUNNING,
    /** Ended because the case was solved or closed while the clock ran, without an update. */
    STOPPED
}

package org.slakit.core;

/**
 * Where a case stands against its target at an instant. As time passes without a change to the
 * case, the state only moves forward: {@link #ON_TRACK}, then {@link #AT_RISK}, then
 * {@link #BREACHED}; {@link #NOT_RUNNING} stays.
 */
public enum SlaState {
    /** Less of the target is used than the policy's warning threshold. */
    ON_TRACK,
    /** The warning threshold is reached, and the due instant has not passed. */
    AT_RISK,
    /** The due instant has passed without an update. */
    BREACHED,
    /** No clock runs: the case is solved or closed. */
    NOT_RUNNING
}

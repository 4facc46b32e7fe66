package org.slakit.core.history;

/** What happened to a case. */
public enum EventKind {
    /** The case was created, with its channel and priority. */
    CREATED,
    /** The case moved to another status. */
    STATUS_CHANGED,
    /** The case's priority changed. */
    PRIORITY_CHANGED,
    /** The case was elevated, or no longer is. */
    ELEVATION_CHANGED,
    /** Support sent the customer an update: restarts the "last sent to customer" clock. */
    UPDATE_SENT,
    /**
     * The customer wrote to support. It does not restart the SLA clock, which measures how long the
     * customer waits for support; a status change that follows the message is its own event.
     */
    CUSTOMER_MESSAGE,
    /** An update interval was agreed with the customer ("then as agreed"). */
    AGREED_INTERVAL_SET,
    /** The case was assigned to someone, or unassigned. */
    ASSIGNED,
    /** Support started (or stopped) waiting on another team, for internal SLAs. */
    WAITING_ON_CHANGED,
    /** The case was solved. */
    SOLVED,
    /** A solved or closed case was reopened. */
    REOPENED,
    /** The case was closed. */
    CLOSED
}

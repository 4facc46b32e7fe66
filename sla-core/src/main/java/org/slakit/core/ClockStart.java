package org.slakit.core;

/**
 * When the clock for the next update starts.
 *
 * <p>Take a case that went "pending customer" when support sent an update on day 0, and whose
 * customer answers on day 10, so the case is open again. Its rule is now "open: 3 business days".
 * <ul>
 *   <li>{@link #RULE_START} (the default) starts the clock on day 10, when the open rule began to
 *       apply: the case is on track, with three business days to answer.</li>
 *   <li>{@link #LAST_UPDATE} starts it on day 0, at the last update: the case is breached the
 *       moment the customer answers.</li>
 * </ul>
 */
public enum ClockStart {
    /**
     * The later of the last update sent to the customer and the moment the matching rule began to
     * apply. A rule began to apply at the latest of: when the case's clock last started running
     * ({@link SupportCase#runningSince()}: creation, or the last reopening); when the case entered
     * its status ({@link SupportCase#statusSince()}), if the rule's condition tests the status; and
     * when the priority or the elevated flag last changed ({@link SupportCase#prioritySince()}), if
     * it tests either. A condition tests a field when changing that field alone can change whether
     * a case meets it. So a change of a field the rule does not test never moves its due instant
     * (moving an urgent case between open and pending buys it no time), and a case returning from
     * "pending customer" to the open rule is never breached on arrival. Text
     * {@code clock starts at rule start}.
     */
    RULE_START,
    /**
     * The strict reading: the last update sent to the customer, or creation when nothing was sent.
     * Status and priority changes and reopenings do not move the clock. Text
     * {@code clock starts at last update}.
     */
    LAST_UPDATE
}

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
     * apply. A rule that only cases with nothing sent yet can meet (a first response) began to apply
     * at creation. Any other rule began to apply when the case entered its status
     * ({@link SupportCase#statusSince()}) or, if whether a case meets the rule's condition depends on
     * its priority or elevated flag, when those last changed ({@link SupportCase#prioritySince()}),
     * whichever is later. So a case returning from "pending
     * customer" is never breached on arrival. Text {@code clock starts at rule start}.
     */
    RULE_START,
    /**
     * The strict reading: the last update sent to the customer, or creation when nothing was sent.
     * Status and priority changes do not move the clock. Text {@code clock starts at last update}.
     */
    LAST_UPDATE
}

package org.slakit.core.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.Target;

/**
 * One thing that happened to a case at an instant: created, status or priority changed, an
 * update sent to the customer, a message from the customer, and so on (see {@link EventKind}).
 * Each kind carries only the details it needs; the accessors for the others are empty.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseEvent {

    private final String caseId;
    private final Instant at;
    private final EventKind kind;
    private final Channel channel;
    private final Priority priority;
    private final CaseStatus status;
    private final Boolean elevated;
    private final Duration interval;
    private final String assignee;

    private CaseEvent(String caseId, Instant at, EventKind kind, Channel channel, Priority priority,
                      CaseStatus status, Boolean elevated, Duration interval, String assignee) {
        this.caseId = requireId(caseId);
        this.at = Objects.requireNonNull(at, "at");
        this.kind = kind;
        this.channel = channel;
        this.priority = priority;
        this.status = status;
        this.elevated = elevated;
        this.interval = interval;
        this.assignee = assignee;
    }

    private static String requireId(String caseId) {
        Objects.requireNonNull(caseId, "caseId");
        if (caseId.isBlank()) {
            throw new IllegalArgumentException("Case id must not be blank");
        }
        return caseId;
    }

    /**
     * The case was created.
     *
     * @param caseId the case
     * @param at when
     * @param channel the channel the customer came through
     * @param priority the initial priority
     * @return the event
     */
    public static CaseEvent created(String caseId, Instant at, Channel channel, Priority priority) {
        return new CaseEvent(caseId, at, EventKind.CREATED, Objects.requireNonNull(channel, "channel"),
                Objects.requireNonNull(priority, "priority"), null, null, null, null);
    }

    /**
     * The case moved to a status. Moving to {@link CaseStatus#SOLVED} or {@link CaseStatus#CLOSED}
     * this way is the same as {@link #solved} or {@link #closed}.
     *
     * @param caseId the case
     * @param at when
     * @param status the new status
     * @return the event
     */
    public static CaseEvent statusChanged(String caseId, Instant at, CaseStatus status) {
        return new CaseEvent(caseId, at, EventKind.STATUS_CHANGED, null, null,
                Objects.requireNonNull(status, "status"), null, null, null);
    }

    /**
     * The case's priority changed.
     *
     * @param caseId the case
     * @param at when
     * @param priority the new priority
     * @return the event
     */
    public static CaseEvent priorityChanged(String caseId, Instant at, Priority priority) {
        return new CaseEvent(caseId, at, EventKind.PRIORITY_CHANGED, null,
                Objects.requireNonNull(priority, "priority"), null, null, null, null);
    }

    /**
     * The case was elevated, or no longer is.
     *
     * @param caseId the case
     * @param at when
     * @param elevated the new flag
     * @return the event
     */
    public static CaseEvent elevationChanged(String caseId, Instant at, boolean elevated) {
        return new CaseEvent(caseId, at, EventKind.ELEVATION_CHANGED, null, null, null, elevated, null, null);
    }

    /**
     * Support sent the customer an update.
     *
     * @param caseId the case
     * @param at when
     * @return the event
     */
    public static CaseEvent updateSent(String caseId, Instant at) {
        return new CaseEvent(caseId, at, EventKind.UPDATE_SENT, null, null, null, null, null, null);
    }

    /**
     * The customer wrote to support.
     *
     * @param caseId the case
     * @param at when
     * @return the event
     */
    public static CaseEvent customerMessage(String caseId, Instant at) {
        return new CaseEvent(caseId, at, EventKind.CUSTOMER_MESSAGE, null, null, null, null, null, null);
    }

    /**
     * An update interval was agreed with the customer.
     *
     * @param caseId the case
     * @param at when
     * @param interval the agreed interval between updates, positive elapsed time in whole seconds, at
     *        most {@link Target#MAX_LENGTH} (what {@link org.slakit.core.SupportCase} accepts)
     * @return the event
     * @throws IllegalArgumentException if the interval is zero, negative, not whole seconds or too long
     */
    public static CaseEvent agreedIntervalSet(String caseId, Instant at, Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("Agreed interval of case " + caseId + " must be positive, not " + interval);
        }
        if (interval.getNano() != 0 || interval.compareTo(Target.MAX_LENGTH) > 0) {
            throw new IllegalArgumentException("Agreed interval of case " + caseId + " must be whole seconds and at most "
                    + Target.MAX_LENGTH + ", not " + interval);
        }
        return new CaseEvent(caseId, at, EventKind.AGREED_INTERVAL_SET, null, null, null, null, interval, null);
    }

    /**
     * The case was assigned to someone, or unassigned.
     *
     * @param caseId the case
     * @param at when
     * @param assignee the new assignee, not blank, or empty for nobody
     * @return the event
     * @throws IllegalArgumentException if the assignee is blank
     */
    public static CaseEvent assigned(String caseId, Instant at, Optional<String> assignee) {
        String name = Objects.requireNonNull(assignee, "assignee").orElse(null);
        if (name != null && name.isBlank()) {
            throw new IllegalArgumentException("Assignee of case " + caseId + " must not be blank: '" + name
                    + "'; use Optional.empty() for nobody");
        }
        return new CaseEvent(caseId, at, EventKind.ASSIGNED, null, null, null, null, null, name);
    }

    /**
     * The case was solved.
     *
     * @param caseId the case
     * @param at when
     * @return the event
     */
    public static CaseEvent solved(String caseId, Instant at) {
        return new CaseEvent(caseId, at, EventKind.SOLVED, null, null, CaseStatus.SOLVED, null, null, null);
    }

    /**
     * A solved or closed case was reopened; it is open again.
     *
     * @param caseId the case
     * @param at when
     * @return the event
     */
    public static CaseEvent reopened(String caseId, Instant at) {
        return new CaseEvent(caseId, at, EventKind.REOPENED, null, null, CaseStatus.OPEN, null, null, null);
    }

    /**
     * The case was closed.
     *
     * @param caseId the case
     * @param at when
     * @return the event
     */
    public static CaseEvent closed(String caseId, Instant at) {
        return new CaseEvent(caseId, at, EventKind.CLOSED, null, null, CaseStatus.CLOSED, null, null, null);
    }

    /** @return the case this event belongs to */
    public String caseId() {
        return caseId;
    }

    /** @return when it happened */
    public Instant at() {
        return at;
    }

    /** @return what happened */
    public EventKind kind() {
        return kind;
    }

    /** @return the channel, for {@link EventKind#CREATED} */
    public Optional<Channel> channel() {
        return Optional.ofNullable(channel);
    }

    /** @return the priority, for {@link EventKind#CREATED} and {@link EventKind#PRIORITY_CHANGED} */
    public Optional<Priority> priority() {
        return Optional.ofNullable(priority);
    }

    /**
     * @return the status the case is in after this event, for status changes, solved, reopened and
     *         closed
     */
    public Optional<CaseStatus> status() {
        return Optional.ofNullable(status);
    }

    /** @return the elevation flag, for {@link EventKind#ELEVATION_CHANGED} */
    public Optional<Boolean> elevated() {
        return Optional.ofNullable(elevated);
    }

    /** @return the agreed interval, for {@link EventKind#AGREED_INTERVAL_SET} */
    public Optional<Duration> interval() {
        return Optional.ofNullable(interval);
    }

    /** @return the assignee, for {@link EventKind#ASSIGNED}; empty there means unassigned */
    public Optional<String> assignee() {
        return Optional.ofNullable(assignee);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof CaseEvent)) {
            return false;
        }
        CaseEvent o = (CaseEvent) obj;
        return caseId.equals(o.caseId) && at.equals(o.at) && kind == o.kind && Objects.equals(channel, o.channel)
                && priority == o.priority && status == o.status && Objects.equals(elevated, o.elevated)
                && Objects.equals(interval, o.interval) && Objects.equals(assignee, o.assignee);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseId, at, kind, channel, priority, status, elevated, interval, assignee);
    }

    /** @return for example {@code c-1 2026-12-01T09:00:00Z STATUS_CHANGED PENDING_CUSTOMER} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(caseId).append(' ').append(at).append(' ').append(kind);
        for (Object detail : new Object[] {channel, priority, status, elevated, interval, assignee}) {
            if (detail != null && !(kind == EventKind.SOLVED || kind == EventKind.REOPENED || kind == EventKind.CLOSED)) {
                sb.append(' ').append(detail);
            }
        }
        return sb.toString();
    }
}

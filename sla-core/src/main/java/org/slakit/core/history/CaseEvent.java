package org.slakit.core.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.SupportCase;
import org.slakit.core.Target;

/**
 * One thing that happened to a case at an instant: created, status or priority changed, an
 * update sent to the customer, a message from the customer, and so on. Each kind is a record of
 * its own carrying only the details it needs; {@link #kind()} names the kind, for a
 * {@code switch}. Events that move the case to a status ({@link StatusChanged}, {@link Solved},
 * {@link Reopened}, {@link Closed}) are {@link StatusEvent}s and say which status.
 *
 * <p>Every event names its case (not blank) and its instant (not null); the record constructors
 * check the details as the static factories document. Equality is by kind and all components.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface CaseEvent {

    /** @return the case this event belongs to */
    String caseId();

    /** @return when it happened */
    Instant at();

    /** @return what happened */
    EventKind kind();

    // ------------------------------------------------------------------ factories

    /**
     * The case was created.
     *
     * @param caseId the case
     * @param at when
     * @param channel the channel the customer came through
     * @param priority the initial priority
     * @return the event, a {@link Created}
     */
    static CaseEvent created(String caseId, Instant at, Channel channel, Priority priority) {
        return new Created(caseId, at, channel, priority);
    }

    /**
     * The case moved to a status. Moving to {@link CaseStatus#SOLVED} or {@link CaseStatus#CLOSED}
     * this way acts as {@link #solved} or {@link #closed}, and moving from either of them to a
     * running status as {@link #reopened}.
     *
     * @param caseId the case
     * @param at when
     * @param status the new status
     * @return the event, a {@link StatusChanged}
     */
    static CaseEvent statusChanged(String caseId, Instant at, CaseStatus status) {
        return new StatusChanged(caseId, at, status);
    }

    /**
     * The case's priority changed.
     *
     * @param caseId the case
     * @param at when
     * @param priority the new priority
     * @return the event, a {@link PriorityChanged}
     */
    static CaseEvent priorityChanged(String caseId, Instant at, Priority priority) {
        return new PriorityChanged(caseId, at, priority);
    }

    /**
     * The case was elevated, or no longer is.
     *
     * @param caseId the case
     * @param at when
     * @param elevated the new flag
     * @return the event, an {@link ElevationChanged}
     */
    static CaseEvent elevationChanged(String caseId, Instant at, boolean elevated) {
        return new ElevationChanged(caseId, at, elevated);
    }

    /**
     * Support sent the customer an update.
     *
     * @param caseId the case
     * @param at when
     * @return the event, an {@link UpdateSent}
     */
    static CaseEvent updateSent(String caseId, Instant at) {
        return new UpdateSent(caseId, at);
    }

    /**
     * The customer wrote to support.
     *
     * @param caseId the case
     * @param at when
     * @return the event, a {@link CustomerMessage}
     */
    static CaseEvent customerMessage(String caseId, Instant at) {
        return new CustomerMessage(caseId, at);
    }

    /**
     * An update interval was agreed with the customer.
     *
     * @param caseId the case
     * @param at when
     * @param interval the agreed interval between updates, positive elapsed time in whole seconds, at
     *        most {@link Target#MAX_LENGTH} (what {@link org.slakit.core.SupportCase} accepts)
     * @return the event, an {@link AgreedIntervalSet}
     * @throws IllegalArgumentException if the interval is zero, negative, not whole seconds or too long
     */
    static CaseEvent agreedIntervalSet(String caseId, Instant at, Duration interval) {
        return new AgreedIntervalSet(caseId, at, interval);
    }

    /**
     * The case was assigned to someone, or unassigned.
     *
     * @param caseId the case
     * @param at when
     * @param assignee the new assignee, not blank, or empty for nobody
     * @return the event, an {@link Assigned}
     * @throws IllegalArgumentException if the assignee is blank
     */
    static CaseEvent assigned(String caseId, Instant at, Optional<String> assignee) {
        return new Assigned(caseId, at, assignee);
    }

    /**
     * Support started waiting on another team (engineering, billing), or stopped waiting.
     *
     * @param caseId the case
     * @param at when
     * @param team the team support now waits on, a {@link SupportCase#isTeamName team name}, or empty for none
     * @return the event, a {@link WaitingOnChanged}
     * @throws IllegalArgumentException if the team is not a team name
     */
    static CaseEvent waitingOn(String caseId, Instant at, Optional<String> team) {
        return new WaitingOnChanged(caseId, at, team);
    }

    /**
     * The case was solved.
     *
     * @param caseId the case
     * @param at when
     * @return the event, a {@link Solved}
     */
    static CaseEvent solved(String caseId, Instant at) {
        return new Solved(caseId, at);
    }

    /**
     * A solved or closed case was reopened; it is open again, and every rule's clock starts anew
     * (see {@link org.slakit.core.SupportCase#lastReopened()}).
     *
     * @param caseId the case
     * @param at when
     * @return the event, a {@link Reopened}
     */
    static CaseEvent reopened(String caseId, Instant at) {
        return new Reopened(caseId, at);
    }

    /**
     * The case was closed.
     *
     * @param caseId the case
     * @param at when
     * @return the event, a {@link Closed}
     */
    static CaseEvent closed(String caseId, Instant at) {
        return new Closed(caseId, at);
    }

    // ------------------------------------------------------------------ kinds

    /** An event that moves the case to a status. */
    sealed interface StatusEvent extends CaseEvent {
        /** @return the status the case is in after the event */
        CaseStatus status();
    }

    /**
     * The case was created.
     *
     * @param caseId the case
     * @param at when
     * @param channel the channel the customer came through
     * @param priority the initial priority
     */
    record Created(String caseId, Instant at, Channel channel, Priority priority) implements CaseEvent {
        /** Checks the components. */
        public Created {
            check(caseId, at);
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(priority, "priority");
        }

        @Override
        public EventKind kind() {
            return EventKind.CREATED;
        }

        @Override
        public String toString() {
            return text(this, channel + " " + priority);
        }
    }

    /**
     * The case moved to a status (see {@link CaseEvent#statusChanged}).
     *
     * @param caseId the case
     * @param at when
     * @param status the new status
     */
    record StatusChanged(String caseId, Instant at, CaseStatus status) implements StatusEvent {
        /** Checks the components. */
        public StatusChanged {
            check(caseId, at);
            Objects.requireNonNull(status, "status");
        }

        @Override
        public EventKind kind() {
            return EventKind.STATUS_CHANGED;
        }

        @Override
        public String toString() {
            return text(this, status.toString());
        }
    }

    /**
     * The case's priority changed.
     *
     * @param caseId the case
     * @param at when
     * @param priority the new priority
     */
    record PriorityChanged(String caseId, Instant at, Priority priority) implements CaseEvent {
        /** Checks the components. */
        public PriorityChanged {
            check(caseId, at);
            Objects.requireNonNull(priority, "priority");
        }

        @Override
        public EventKind kind() {
            return EventKind.PRIORITY_CHANGED;
        }

        @Override
        public String toString() {
            return text(this, priority.toString());
        }
    }

    /**
     * The case was elevated, or no longer is.
     *
     * @param caseId the case
     * @param at when
     * @param elevated the new flag
     */
    record ElevationChanged(String caseId, Instant at, boolean elevated) implements CaseEvent {
        /** Checks the components. */
        public ElevationChanged {
            check(caseId, at);
        }

        @Override
        public EventKind kind() {
            return EventKind.ELEVATION_CHANGED;
        }

        @Override
        public String toString() {
            return text(this, String.valueOf(elevated));
        }
    }

    /**
     * Support sent the customer an update.
     *
     * @param caseId the case
     * @param at when
     */
    record UpdateSent(String caseId, Instant at) implements CaseEvent {
        /** Checks the components. */
        public UpdateSent {
            check(caseId, at);
        }

        @Override
        public EventKind kind() {
            return EventKind.UPDATE_SENT;
        }

        @Override
        public String toString() {
            return text(this, null);
        }
    }

    /**
     * The customer wrote to support. It does not restart the clock, which measures how long the
     * customer waits for support.
     *
     * @param caseId the case
     * @param at when
     */
    record CustomerMessage(String caseId, Instant at) implements CaseEvent {
        /** Checks the components. */
        public CustomerMessage {
            check(caseId, at);
        }

        @Override
        public EventKind kind() {
            return EventKind.CUSTOMER_MESSAGE;
        }

        @Override
        public String toString() {
            return text(this, null);
        }
    }

    /**
     * An update interval was agreed with the customer (see {@link CaseEvent#agreedIntervalSet}).
     *
     * @param caseId the case
     * @param at when
     * @param interval the agreed interval
     */
    record AgreedIntervalSet(String caseId, Instant at, Duration interval) implements CaseEvent {
        /**
         * Checks the components.
         *
         * @throws IllegalArgumentException if the interval is zero, negative, not whole seconds or
         *         longer than {@link Target#MAX_LENGTH}
         */
        public AgreedIntervalSet {
            check(caseId, at);
            Objects.requireNonNull(interval, "interval");
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("Agreed interval of case " + caseId + " must be positive, not "
                        + interval);
            }
            if (interval.getNano() != 0 || interval.compareTo(Target.MAX_LENGTH) > 0) {
                throw new IllegalArgumentException("Agreed interval of case " + caseId
                        + " must be whole seconds and at most " + Target.MAX_LENGTH + ", not " + interval);
            }
        }

        @Override
        public EventKind kind() {
            return EventKind.AGREED_INTERVAL_SET;
        }

        @Override
        public String toString() {
            return text(this, interval.toString());
        }
    }

    /**
     * The case was assigned to someone, or unassigned.
     *
     * @param caseId the case
     * @param at when
     * @param assignee the new assignee, not blank, or empty for nobody
     */
    record Assigned(String caseId, Instant at, Optional<String> assignee) implements CaseEvent {
        /**
         * Checks the components.
         *
         * @throws IllegalArgumentException if the assignee is blank
         */
        public Assigned {
            check(caseId, at);
            Objects.requireNonNull(assignee, "assignee");
            if (assignee.isPresent() && assignee.get().isBlank()) {
                throw new IllegalArgumentException("Assignee of case " + caseId + " must not be blank: '"
                        + assignee.get() + "'; use Optional.empty() for nobody");
            }
        }

        @Override
        public EventKind kind() {
            return EventKind.ASSIGNED;
        }

        @Override
        public String toString() {
            return text(this, assignee.orElse("nobody"));
        }
    }

    /**
     * Support started waiting on another team, or stopped waiting.
     *
     * @param caseId the case
     * @param at when
     * @param team the team support now waits on, not blank, or empty for none
     */
    record WaitingOnChanged(String caseId, Instant at, Optional<String> team) implements CaseEvent {
        /**
         * Checks the components.
         *
         * @throws IllegalArgumentException if the team is not a team name
         */
        public WaitingOnChanged {
            check(caseId, at);
            Objects.requireNonNull(team, "team");
            if (team.isPresent() && !SupportCase.isTeamName(team.get())) {
                throw new IllegalArgumentException("Team of case " + caseId + " '" + team.get() + "' is not a team"
                        + " name: expected a letter, then letters, digits, '_', '.' or '-', at most 64 characters;"
                        + " use Optional.empty() for none");
            }
        }

        @Override
        public EventKind kind() {
            return EventKind.WAITING_ON_CHANGED;
        }

        @Override
        public String toString() {
            return text(this, team.orElse("nobody"));
        }
    }

    /**
     * The case was solved: its clocks stop.
     *
     * @param caseId the case
     * @param at when
     */
    record Solved(String caseId, Instant at) implements StatusEvent {
        /** Checks the components. */
        public Solved {
            check(caseId, at);
        }

        @Override
        public EventKind kind() {
            return EventKind.SOLVED;
        }

        @Override
        public CaseStatus status() {
            return CaseStatus.SOLVED;
        }

        @Override
        public String toString() {
            return text(this, null);
        }
    }

    /**
     * A solved or closed case was reopened: it is open again.
     *
     * @param caseId the case
     * @param at when
     */
    record Reopened(String caseId, Instant at) implements StatusEvent {
        /** Checks the components. */
        public Reopened {
            check(caseId, at);
        }

        @Override
        public EventKind kind() {
            return EventKind.REOPENED;
        }

        @Override
        public CaseStatus status() {
            return CaseStatus.OPEN;
        }

        @Override
        public String toString() {
            return text(this, null);
        }
    }

    /**
     * The case was closed: its clocks stop.
     *
     * @param caseId the case
     * @param at when
     */
    record Closed(String caseId, Instant at) implements StatusEvent {
        /** Checks the components. */
        public Closed {
            check(caseId, at);
        }

        @Override
        public EventKind kind() {
            return EventKind.CLOSED;
        }

        @Override
        public CaseStatus status() {
            return CaseStatus.CLOSED;
        }

        @Override
        public String toString() {
            return text(this, null);
        }
    }

    // ------------------------------------------------------------------ shared checks and text

    private static void check(String caseId, Instant at) {
        Objects.requireNonNull(caseId, "caseId");
        if (caseId.isBlank()) {
            throw new IllegalArgumentException("Case id must not be blank");
        }
        Objects.requireNonNull(at, "at");
    }

    /** "C-1 2026-03-02T09:00:00Z STATUS_CHANGED pending-customer": the case, instant, kind and details. */
    private static String text(CaseEvent e, String details) {
        String head = e.caseId() + " " + e.at() + " " + e.kind();
        return details == null ? head : head + " " + details;
    }
}

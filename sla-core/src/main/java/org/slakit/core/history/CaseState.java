package org.slakit.core.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.StatusChange;
import org.slakit.core.SupportCase;

/**
 * The mutable state of a case while its events are applied one by one: what
 * {@link CaseHistory#snapshotAt(Instant)} builds from scratch and what the replay keeps up to date
 * as it goes. The rules of each event are documented on {@code snapshotAt}.
 */
class CaseState {

    final String id;
    final Instant created;
    final Channel channel;
    final BusinessCalendar calendar;
    Priority priority;
    boolean elevated;
    Instant prioritySince;
    CaseStatus status = CaseStatus.OPEN;
    Instant statusSince;
    Instant lastSent;
    Instant lastReopened;
    Duration agreedInterval;
    String assignee;
    String waitingOn;
    /** The statuses before the current one, oldest first; null while none, and when not kept. */
    private List<StatusChange> earlier;
    /** False when the statuses before the current one are not kept: the update cadence never reads them. */
    private final boolean keepLog;

    CaseState(CaseEvent.Created creation, BusinessCalendar calendar) {
        this(creation, calendar, true);
    }

    /**
     * @param keepLog false to skip the statuses before the current one, which only duration clocks
     *        read: {@link #toCase()} then builds a case without them
     */
    CaseState(CaseEvent.Created creation, BusinessCalendar calendar, boolean keepLog) {
        this.keepLog = keepLog;
        this.id = creation.caseId();
        this.created = creation.at();
        this.channel = creation.channel();
        this.priority = creation.priority();
        this.prioritySince = created;
        this.statusSince = created;
        this.calendar = calendar;
    }

    /**
     * Applies one event that is not the creation.
     *
     * @return true if a field that evaluation reads changed (status, priority, elevated flag, their
     *         instants, last update, agreed interval); false for an assignment, a customer message or
     *         an event that repeats the current value
     */
    boolean apply(CaseEvent e) {
        return apply(e.kind(), e, e.at());
    }

    /** {@link #apply(CaseEvent)} of an event whose kind and instant the caller read already. */
    boolean apply(EventKind kind, CaseEvent e, Instant at) {
        switch (kind) {
            case STATUS_CHANGED:
            case SOLVED:
            case REOPENED:
            case CLOSED: {
                // the status each kind names, without a call on one of four record classes
                CaseStatus s = kind == EventKind.SOLVED ? CaseStatus.SOLVED
                        : kind == EventKind.CLOSED ? CaseStatus.CLOSED
                        : kind == EventKind.REOPENED ? CaseStatus.OPEN
                        : ((CaseEvent.StatusChanged) e).status();
                if (s == status) {
                    return false;
                }
                if (s.isClockRunning() && !status.isClockRunning()) {
                    lastReopened = at;
                }
                if (keepLog && at.isAfter(statusSince)) {
                    if (earlier == null) {
                        earlier = new ArrayList<>();
                    }
                    earlier.add(StatusChange.of(status, statusSince)); // a status held for no time is left out
                }
                status = s;
                statusSince = at;
                return true;
            }
            case PRIORITY_CHANGED: {
                Priority p = ((CaseEvent.PriorityChanged) e).priority();
                if (p == priority) {
                    return false;
                }
                priority = p;
                prioritySince = at;
                return true;
            }
            case ELEVATION_CHANGED: {
                boolean flag = ((CaseEvent.ElevationChanged) e).elevated();
                if (flag == elevated) {
                    return false;
                }
                elevated = flag;
                prioritySince = at;
                return true;
            }
            case UPDATE_SENT:
                if (at.equals(lastSent)) {
                    return false;
                }
                lastSent = at;
                return true;
            case AGREED_INTERVAL_SET: {
                Duration d = ((CaseEvent.AgreedIntervalSet) e).interval();
                if (d.equals(agreedInterval)) {
                    return false;
                }
                agreedInterval = d;
                return true;
            }
            case ASSIGNED:
                assignee = ((CaseEvent.Assigned) e).assignee().orElse(null);
                return false;
            case WAITING_ON_CHANGED: {
                String team = ((CaseEvent.WaitingOnChanged) e).team().orElse(null);
                if (java.util.Objects.equals(team, waitingOn)) {
                    return false;
                }
                waitingOn = team;
                return true;
            }
            case CUSTOMER_MESSAGE:
                return false;
            default:
                throw new IllegalArgumentException("Case " + id + " is created twice: " + e);
        }
    }

    boolean isRunning() {
        return status.isClockRunning();
    }

    SupportCase toCase() {
        SupportCase.Builder b = SupportCase.builder(id, created)
                .channel(channel)
                .priority(priority)
                .elevated(elevated)
                .prioritySince(prioritySince)
                .status(status)
                .statusSince(statusSince);
        if (lastSent != null) {
            b.lastSentToCustomer(lastSent);
        }
        if (lastReopened != null) {
            b.lastReopened(lastReopened);
        }
        if (agreedInterval != null) {
            b.agreedInterval(agreedInterval);
        }
        if (calendar != null) {
            b.calendar(calendar);
        }
        if (assignee != null) {
            b.assignee(assignee);
        }
        if (waitingOn != null) {
            b.waitingOn(waitingOn);
        }
        if (earlier != null) {
            b.earlierStatuses(earlier);
        }
        return b.build();
    }
}

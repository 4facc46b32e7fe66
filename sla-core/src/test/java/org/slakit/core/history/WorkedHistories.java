package org.slakit.core.history;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaRule;

/**
 * The worked histories of the issue, on a Berlin calendar (Mon-Fri 09:00-17:00) under the standard
 * policy, shared by the replay and metrics tests. March 2026 starts on a Monday, and Berlin is on
 * UTC+1 until March 29.
 */
public final class WorkedHistories {

    private WorkedHistories() {
    }

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final BusinessCalendar TEAM = BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 09:00-17:00\n");
    public static final SlaPolicy POLICY = SlaPolicy.standard(TEAM);

    /** A Berlin wall-clock time, such as {@code 03-02 09:00} for Monday March 2, 2026. */
    public static Instant at(String monthDayTime) {
        return LocalDateTime.parse("2026-" + monthDayTime.replace(' ', 'T')).atZone(BERLIN).toInstant();
    }

    public static Instant justAfter(String monthDayTime) {
        return at(monthDayTime).plusNanos(1);
    }

    public static CaseEvent created(String id, String when, Priority priority) {
        return CaseEvent.created(id, at(when), Channel.EMAIL, priority);
    }

    public static CaseEvent update(String id, String when) {
        return CaseEvent.updateSent(id, at(when));
    }

    public static SlaRule rule(String name) {
        return POLICY.rule(name).orElseThrow();
    }

    public static final CaseHistory CADENCE = CaseHistory.of(List.of(
            created("C-1", "03-02T09:00", Priority.NORMAL),
            CaseEvent.assigned("C-1", at("03-02T09:00"), Optional.of("ana")),
            update("C-1", "03-02T10:30"),
            update("C-1", "03-04T16:00"),
            update("C-1", "03-09T15:00"),
            CaseEvent.assigned("C-1", at("03-13T09:30"), Optional.of("bo")),
            update("C-1", "03-13T11:00")));

    public static final CaseHistory PENDING = CaseHistory.of(List.of(
            created("C-3", "03-02T09:00", Priority.NORMAL),
            update("C-3", "03-02T09:45"),
            CaseEvent.statusChanged("C-3", at("03-02T09:45"), CaseStatus.PENDING_CUSTOMER),
            CaseEvent.customerMessage("C-3", at("03-12T10:00")),
            CaseEvent.statusChanged("C-3", at("03-12T10:00"), CaseStatus.OPEN),
            update("C-3", "03-16T14:00"),
            CaseEvent.solved("C-3", at("03-17T09:00"))));

    public static final CaseHistory EMERGENCY = CaseHistory.of(List.of(
            CaseEvent.created("C-4", at("03-03T22:00"), Channel.CALL, Priority.EMERGENCY),
            update("C-4", "03-03T22:40"),
            CaseEvent.agreedIntervalSet("C-4", at("03-03T22:40"), Duration.ofHours(2)),
            update("C-4", "03-04T00:30"),
            update("C-4", "03-04T02:45"),
            CaseEvent.priorityChanged("C-4", at("03-04T04:00"), Priority.URGENT),
            update("C-4", "03-04T16:00"),
            CaseEvent.solved("C-4", at("03-04T16:00"))));

    public static final CaseHistory REOPENED = CaseHistory.of(List.of(
            created("C-5", "03-02T09:00", Priority.NORMAL),
            update("C-5", "03-02T09:30"),
            CaseEvent.solved("C-5", at("03-02T12:00")),
            CaseEvent.customerMessage("C-5", at("03-06T10:00")),
            CaseEvent.reopened("C-5", at("03-06T10:00")),
            update("C-5", "03-10T09:00"),
            CaseEvent.closed("C-5", at("03-12T17:30"))));
}

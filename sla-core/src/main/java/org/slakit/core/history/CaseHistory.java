package org.slakit.core.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.SupportCase;

/**
 * The events of one case in time order: what replay and metrics read.
 *
 * <p>A history starts with exactly one {@link EventKind#CREATED} event, holds only events of
 * that case, and its events never go back in time. Events at the same instant keep the order
 * they were given in. A history can carry the case's own calendar (the customer's contract
 * hours), which then replaces the policy's default calendar as it does for a live
 * {@code SupportCase}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseHistory {

    private final String caseId;
    private final List<CaseEvent> events;
    private final BusinessCalendar calendar;

    private CaseHistory(String caseId, List<CaseEvent> events, BusinessCalendar calendar) {
        this.caseId = caseId;
        this.events = events;
        this.calendar = calendar;
    }

    /**
     * Obtains a history from events already in time order.
     *
     * @param events the events of one case, the first of them its creation
     * @return the history
     * @throws IllegalArgumentException naming the case and the event at fault when the list is
     *         empty, does not start with the creation, mixes cases, creates the case twice, or
     *         goes back in time
     */
    public static CaseHistory of(List<CaseEvent> events) {
        Objects.requireNonNull(events, "events");
        if (events.isEmpty()) {
            throw new IllegalArgumentException("A case history needs at least its creation event");
        }
        List<CaseEvent> copy = List.copyOf(events);
        CaseEvent first = copy.get(0);
        String id = first.caseId();
        if (first.kind() != EventKind.CREATED) {
            throw new IllegalArgumentException("History of case " + id + " must start with its creation, not " + first);
        }
        for (int i = 1; i < copy.size(); i++) {
            CaseEvent e = copy.get(i);
            if (!e.caseId().equals(id)) {
                throw new IllegalArgumentException("History of case " + id + " holds an event of case " + e.caseId() + ": " + e);
            }
            if (e.kind() == EventKind.CREATED) {
                throw new IllegalArgumentException("Case " + id + " is created twice: " + first + " and " + e);
            }
            if (e.at().isBefore(copy.get(i - 1).at())) {
                throw new IllegalArgumentException("History of case " + id + " goes back in time: " + copy.get(i - 1)
                        + " is followed by " + e);
            }
        }
        return new CaseHistory(id, copy, null);
    }

    /**
     * Obtains a history from events in any order: they are sorted by instant (events at the same
     * instant keep their relative order) and then checked as by {@link #of(List)}.
     *
     * @param events the events of one case
     * @return the history
     * @throws IllegalArgumentException as {@link #of(List)}
     */
    public static CaseHistory sorted(Collection<CaseEvent> events) {
        List<CaseEvent> list = new ArrayList<>(Objects.requireNonNull(events, "events"));
        list.sort(Comparator.comparing(CaseEvent::at)); // stable
        // a creation at the same instant as other events comes first
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i).kind() == EventKind.CREATED) {
                int j = i;
                while (j > 0 && list.get(j - 1).at().equals(list.get(i).at())) {
                    j--;
                }
                list.add(j, list.remove(i));
            }
        }
        return of(list);
    }

    /**
     * Returns a copy with the case's own calendar.
     *
     * @param calendar the calendar for business targets of this case
     * @return the history with that calendar
     */
    public CaseHistory withCalendar(BusinessCalendar calendar) {
        return new CaseHistory(caseId, events, Objects.requireNonNull(calendar, "calendar"));
    }

    /**
     * The case as it stood at {@code t}: the creation and then every event at or before {@code t},
     * applied in history order. The snapshot is what live evaluation sees, so that
     * {@code policy.evaluate(history.snapshotAt(t), t)} is the live state of the case at {@code t}.
     *
     * <p>How each event changes the case:
     * <ul>
     *   <li>{@link EventKind#CREATED}: id, creation instant, channel and priority; status
     *       {@link org.slakit.core.CaseStatus#OPEN OPEN}, not elevated, nothing sent, no agreed
     *       interval, nobody assigned; {@code statusSince} and {@code prioritySince} are the
     *       creation;</li>
     *   <li>{@link EventKind#STATUS_CHANGED}, {@link EventKind#SOLVED}, {@link EventKind#REOPENED}
     *       (to open) and {@link EventKind#CLOSED}: the status, and {@code statusSince} moves to the
     *       event's instant. An event that names the status the case is already in changes nothing:
     *       {@code statusSince} is when the case <em>entered</em> its status. An event that moves a
     *       solved or closed case to a running status (a {@link EventKind#REOPENED} or a
     *       {@link EventKind#STATUS_CHANGED}) also sets {@code lastReopened}, from which every
     *       rule's clock starts anew;</li>
     *   <li>{@link EventKind#PRIORITY_CHANGED} and {@link EventKind#ELEVATION_CHANGED}: the priority
     *       or the elevated flag, and {@code prioritySince} moves to the event's instant, since
     *       {@link SupportCase#prioritySince()} is when either last changed. An event that repeats
     *       the current value changes nothing;</li>
     *   <li>{@link EventKind#UPDATE_SENT}: {@code lastSentToCustomer}, also while the case is solved
     *       or closed;</li>
     *   <li>{@link EventKind#AGREED_INTERVAL_SET}: the agreed interval;</li>
     *   <li>{@link EventKind#ASSIGNED}: the assignee, or none;</li>
     *   <li>{@link EventKind#CUSTOMER_MESSAGE}: nothing. A message from the customer does not restart
     *       the clock, which measures how long the customer waits for support. When the helpdesk
     *       moves a case from pending-customer back to open on the customer's answer, that move is
     *       its own {@link EventKind#STATUS_CHANGED} event.</li>
     * </ul>
     * The snapshot carries this history's calendar, if it has one.
     *
     * @param t the instant, at or after the creation
     * @return the case at {@code t}
     * @throws IllegalArgumentException naming the case, if {@code t} is before its creation
     */
    public SupportCase snapshotAt(Instant t) {
        Objects.requireNonNull(t, "t");
        CaseEvent first = events.get(0);
        if (t.isBefore(first.at())) {
            throw new IllegalArgumentException("Case " + caseId + " has no snapshot at " + t
                    + ": it was created later, at " + first.at());
        }
        CaseState state = new CaseState(creation(), calendar);
        for (int i = 1; i < events.size() && !events.get(i).at().isAfter(t); i++) {
            state.apply(events.get(i));
        }
        return state.toCase();
    }

    /**
     * The history as it was known at {@code t}: the events at or before {@code t}, with the same
     * calendar. Use it to replay or measure "as of" an instant, such as the end of a month.
     *
     * @param t the instant, inclusive
     * @return the history up to {@code t}; empty if the case was created after {@code t}
     */
    public Optional<CaseHistory> upTo(Instant t) {
        Objects.requireNonNull(t, "t");
        if (t.isBefore(events.get(0).at())) {
            return Optional.empty();
        }
        if (!events.get(events.size() - 1).at().isAfter(t)) {
            return Optional.of(this);
        }
        int n = 1;
        while (!events.get(n).at().isAfter(t)) {
            n++;
        }
        return Optional.of(new CaseHistory(caseId, events.subList(0, n), calendar));
    }

    /** @return the instant of the last event */
    public Instant lastEventAt() {
        return events.get(events.size() - 1).at();
    }

    /** @return the case id */
    public String caseId() {
        return caseId;
    }

    /** @return the events in time order, unmodifiable */
    public List<CaseEvent> events() {
        return Collections.unmodifiableList(events);
    }

    List<CaseEvent> eventList() {
        return events;
    }

    /** @return the creation event */
    public CaseEvent.Created creation() {
        return (CaseEvent.Created) events.get(0);
    }

    /** @return the case's own calendar, if it has one */
    public Optional<BusinessCalendar> calendar() {
        return Optional.ofNullable(calendar);
    }

    BusinessCalendar calendarOrNull() {
        return calendar;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CaseHistory && events.equals(((CaseHistory) obj).events)
                && Objects.equals(calendar, ((CaseHistory) obj).calendar);
    }

    @Override
    public int hashCode() {
        return events.hashCode() * 31 + Objects.hashCode(calendar);
    }

    /** @return the case id and its number of events */
    @Override
    public String toString() {
        return "CaseHistory[" + caseId + ", " + events.size() + " events]";
    }
}

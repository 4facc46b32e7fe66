package org.slakit.core.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slakit.calendar.BusinessCalendar;

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

    /** @return the case id */
    public String caseId() {
        return caseId;
    }

    /** @return the events in time order, unmodifiable */
    public List<CaseEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** @return the creation event */
    public CaseEvent creation() {
        return events.get(0);
    }

    /** @return the case's own calendar, if it has one */
    public Optional<BusinessCalendar> calendar() {
        return Optional.ofNullable(calendar);
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

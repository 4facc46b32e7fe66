package org.slakit.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.slakit.core.history.WorkedHistories.at;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.SupportCase;

/** {@link CaseHistory#snapshotAt(Instant)} and {@link CaseHistory#upTo(Instant)}. */
class CaseHistoryTest {

    static final BusinessCalendar NEW_YORK = BusinessCalendar.parse("zone America/New_York\nMon-Fri 08:00-17:00\n");

    static final CaseHistory HISTORY = CaseHistory.of(List.of(
            CaseEvent.created("C-1", at("03-02T09:00"), Channel.CHAT, Priority.NORMAL),
            CaseEvent.assigned("C-1", at("03-02T09:05"), Optional.of("ana")),
            CaseEvent.updateSent("C-1", at("03-02T09:30")),
            CaseEvent.statusChanged("C-1", at("03-02T09:30"), CaseStatus.PENDING_CUSTOMER),
            CaseEvent.statusChanged("C-1", at("03-03T12:00"), CaseStatus.PENDING_CUSTOMER),
            CaseEvent.priorityChanged("C-1", at("03-03T13:00"), Priority.URGENT),
            CaseEvent.priorityChanged("C-1", at("03-03T14:00"), Priority.URGENT),
            CaseEvent.customerMessage("C-1", at("03-04T10:00")),
            CaseEvent.elevationChanged("C-1", at("03-04T11:00"), true),
            CaseEvent.agreedIntervalSet("C-1", at("03-04T11:00"), Duration.ofHours(4)),
            CaseEvent.assigned("C-1", at("03-04T12:00"), Optional.empty()),
            CaseEvent.solved("C-1", at("03-05T09:00")),
            CaseEvent.closed("C-1", at("03-06T09:00")),
            CaseEvent.reopened("C-1", at("03-09T09:00"))));

    @Test
    void atCreation() {
        SupportCase c = HISTORY.snapshotAt(at("03-02T09:00"));
        assertThat(c).isEqualTo(SupportCase.builder("C-1", at("03-02T09:00")).channel(Channel.CHAT)
                .priority(Priority.NORMAL).build());
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.statusSince()).isEqualTo(at("03-02T09:00"));
        assertThat(c.prioritySince()).isEqualTo(at("03-02T09:00"));
        assertThat(c.lastSentToCustomer()).isEmpty();
        assertThat(c.assignee()).isEmpty();
        assertThat(c.calendar()).isEmpty();
    }

    @Test
    void everyEventAtTheInstantCounts() {
        SupportCase c = HISTORY.snapshotAt(at("03-02T09:30"));
        assertThat(c.lastSentToCustomer()).contains(at("03-02T09:30"));
        assertThat(c.status()).isEqualTo(CaseStatus.PENDING_CUSTOMER);
        assertThat(c.statusSince()).isEqualTo(at("03-02T09:30"));
        assertThat(c.assignee()).contains("ana");
        assertThat(HISTORY.snapshotAt(at("03-02T09:29")).lastSentToCustomer()).isEmpty();
    }

    @Test
    void repeatingTheStatusOrPriority_movesNothing() {
        SupportCase c = HISTORY.snapshotAt(at("03-03T15:00"));
        assertThat(c.statusSince()).isEqualTo(at("03-02T09:30")); // the change to pending-customer again at 12:00
        assertThat(c.priority()).isEqualTo(Priority.URGENT);
        assertThat(c.prioritySince()).isEqualTo(at("03-03T13:00")); // not 14:00
    }

    @Test
    void aCustomerMessage_changesNothing() {
        assertThat(HISTORY.snapshotAt(at("03-04T10:00"))).isEqualTo(HISTORY.snapshotAt(at("03-04T09:59")));
    }

    @Test
    void elevation_movesPrioritySince_andTheAgreedIntervalIsKept() {
        SupportCase c = HISTORY.snapshotAt(at("03-04T11:00"));
        assertThat(c.isElevated()).isTrue();
        assertThat(c.prioritySince()).isEqualTo(at("03-04T11:00"));
        assertThat(c.agreedInterval()).contains(Duration.ofHours(4));
        assertThat(HISTORY.snapshotAt(at("03-04T12:00")).assignee()).isEmpty();
    }

    @Test
    void solvedClosedReopened() {
        assertThat(HISTORY.snapshotAt(at("03-05T09:00")).status()).isEqualTo(CaseStatus.SOLVED);
        SupportCase closed = HISTORY.snapshotAt(at("03-08T09:00"));
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.statusSince()).isEqualTo(at("03-06T09:00"));
        SupportCase reopened = HISTORY.snapshotAt(at("03-09T10:00"));
        assertThat(reopened.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(reopened.statusSince()).isEqualTo(at("03-09T09:00"));
        assertThat(reopened.lastSentToCustomer()).contains(at("03-02T09:30"));
        assertThat(reopened.isElevated()).isTrue();
    }

    @Test
    void theHistorysCalendarGoesWithTheSnapshot() {
        assertThat(HISTORY.withCalendar(NEW_YORK).snapshotAt(at("03-02T09:00")).calendar()).contains(NEW_YORK);
    }

    @Test
    void beforeCreation_isRejectedNamingTheCase() {
        assertThatThrownBy(() -> HISTORY.snapshotAt(at("03-02T08:59")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Case C-1 has no snapshot at 2026-03-02T07:59:00Z: it was created later, at 2026-03-02T08:00:00Z");
        assertThatThrownBy(() -> HISTORY.snapshotAt(null)).isInstanceOf(NullPointerException.class).hasMessage("t");
    }

    @Test
    void upTo_keepsTheEventsAtOrBefore() {
        CaseHistory part = HISTORY.withCalendar(NEW_YORK).upTo(at("03-02T09:30")).orElseThrow();
        assertThat(part.events()).isEqualTo(HISTORY.events().subList(0, 4));
        assertThat(part.calendar()).contains(NEW_YORK);
        assertThat(part.lastEventAt()).isEqualTo(at("03-02T09:30"));
        assertThat(HISTORY.upTo(at("03-09T09:00"))).containsSame(HISTORY);
        assertThat(HISTORY.upTo(at("03-02T09:00")).orElseThrow().events()).hasSize(1);
        assertThat(HISTORY.upTo(at("03-02T08:59"))).isEmpty();
    }

    @Test
    void badEvents() {
        assertThatThrownBy(() -> CaseEvent.assigned("C-1", at("03-02T09:00"), Optional.of(" ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Assignee of case C-1 must not be blank: ' '; use Optional.empty() for nobody");
        assertThatThrownBy(() -> CaseEvent.agreedIntervalSet("C-1", at("03-02T09:00"), Duration.ofMillis(1500)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Agreed interval of case C-1 must be whole seconds and at most PT876600H, not PT1.5S");
        assertThatThrownBy(() -> CaseEvent.agreedIntervalSet("C-1", at("03-02T09:00"), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Agreed interval of case C-1 must be positive, not PT0S");
    }

    @Nested
    class BuildingAHistory {

        final CaseEvent created = CaseEvent.created("C-1", at("03-02T09:00"), Channel.CHAT, Priority.NORMAL);
        final CaseEvent sent = CaseEvent.updateSent("C-1", at("03-02T09:30"));
        final CaseEvent solved = CaseEvent.solved("C-1", at("03-02T09:30"));

        @Test
        void of_refusesAnEmptyList_aFirstEventOtherThanTheCreation_otherCases_aSecondCreation_andGoingBack() {
            assertThatThrownBy(() -> CaseHistory.of(List.of())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A case history needs at least its creation event");
            assertThatThrownBy(() -> CaseHistory.of(null)).isInstanceOf(NullPointerException.class).hasMessage("events");
            assertThatThrownBy(() -> CaseHistory.of(List.of(sent, created))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("History of case C-1 must start with its creation, not C-1 2026-03-02T08:30:00Z UPDATE_SENT");
            CaseEvent other = CaseEvent.updateSent("C-2", at("03-02T09:30"));
            assertThatThrownBy(() -> CaseHistory.of(List.of(created, other))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("History of case C-1 holds an event of case C-2: C-2 2026-03-02T08:30:00Z UPDATE_SENT");
            CaseEvent again = CaseEvent.created("C-1", at("03-02T10:00"), Channel.EMAIL, Priority.LOW);
            assertThatThrownBy(() -> CaseHistory.of(List.of(created, sent, again))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Case C-1 is created twice: C-1 2026-03-02T08:00:00Z CREATED chat NORMAL"
                            + " and C-1 2026-03-02T09:00:00Z CREATED email LOW");
            CaseEvent earlier = CaseEvent.updateSent("C-1", at("03-02T09:29"));
            assertThatThrownBy(() -> CaseHistory.of(List.of(created, sent, earlier))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("History of case C-1 goes back in time: C-1 2026-03-02T08:30:00Z UPDATE_SENT"
                            + " is followed by C-1 2026-03-02T08:29:00Z UPDATE_SENT");
        }

        @Test
        void of_acceptsEventsAtTheSameInstant_inTheirOrder() {
            CaseHistory h = CaseHistory.of(List.of(created, solved, sent));
            assertThat(h.events()).containsExactly(created, solved, sent);
            assertThat(h.caseId()).isEqualTo("C-1");
            assertThat(h.creation()).isEqualTo(created);
            assertThat(h.lastEventAt()).isEqualTo(at("03-02T09:30"));
            assertThat(h.calendar()).isEmpty();
            assertThat(h.eventList()).containsExactly(created, solved, sent);
            assertThatThrownBy(() -> h.events().clear()).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void sorted_ordersByInstant_keepsTheOrderAtAnInstant_andPutsTheCreationFirst() {
            CaseEvent late = CaseEvent.closed("C-1", at("03-03T09:00"));
            CaseEvent atCreation = CaseEvent.assigned("C-1", at("03-02T09:00"), Optional.of("ana"));
            CaseEvent alsoAtCreation = CaseEvent.customerMessage("C-1", at("03-02T09:00"));
            CaseHistory h = CaseHistory.sorted(List.of(late, atCreation, sent, alsoAtCreation, solved, created));
            assertThat(h.events()).containsExactly(created, atCreation, alsoAtCreation, sent, solved, late);
            assertThat(CaseHistory.sorted(List.of(solved, sent, created)).events()).containsExactly(created, solved, sent);
            assertThat(CaseHistory.sorted(List.of(created)).events()).containsExactly(created);
            assertThatThrownBy(() -> CaseHistory.sorted(null)).isInstanceOf(NullPointerException.class).hasMessage("events");
            assertThatThrownBy(() -> CaseHistory.sorted(List.of(sent))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("History of case C-1 must start with its creation");
        }

        @Test
        void sorted_aCreationAfterOtherEvents_isStillRefused() {
            CaseEvent early = CaseEvent.updateSent("C-1", at("03-02T08:00"));
            assertThatThrownBy(() -> CaseHistory.sorted(List.of(created, early))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("History of case C-1 must start with its creation, not C-1 2026-03-02T07:00:00Z UPDATE_SENT");
        }

        @Test
        void equality_isByEventsAndCalendar_andTheTextCountsTheEvents() {
            CaseHistory h = CaseHistory.of(List.of(created, sent));
            assertThat(h).isEqualTo(CaseHistory.of(List.of(created, sent)))
                    .hasSameHashCodeAs(CaseHistory.of(List.of(created, sent)))
                    .isNotEqualTo(CaseHistory.of(List.of(created)))
                    .isNotEqualTo(h.withCalendar(NEW_YORK))
                    .isNotEqualTo("C-1")
                    .hasToString("CaseHistory[C-1, 2 events]");
            assertThat(h.withCalendar(NEW_YORK)).isEqualTo(h.withCalendar(NEW_YORK))
                    .hasSameHashCodeAs(h.withCalendar(NEW_YORK));
            assertThat(h.withCalendar(NEW_YORK).hashCode()).isNotEqualTo(h.hashCode());
            assertThat(h.hashCode()).isEqualTo(List.of(created, sent).hashCode() * 31);
            assertThat(h.withCalendar(NEW_YORK).hashCode()).isEqualTo(List.of(created, sent).hashCode() * 31 + NEW_YORK.hashCode());
            assertThatThrownBy(() -> h.withCalendar(null)).isInstanceOf(NullPointerException.class).hasMessage("calendar");
            assertThatThrownBy(() -> h.upTo(null)).isInstanceOf(NullPointerException.class).hasMessage("t");
        }

        @Test
        void upTo_cutsBetweenEvents() {
            CaseEvent later = CaseEvent.closed("C-1", at("03-03T09:00"));
            CaseHistory h = CaseHistory.of(List.of(created, sent, solved, later));
            assertThat(h.upTo(at("03-02T09:29")).orElseThrow().events()).containsExactly(created);
            assertThat(h.upTo(at("03-02T09:30")).orElseThrow().events()).containsExactly(created, sent, solved);
            assertThat(h.upTo(at("03-03T08:59")).orElseThrow().events()).containsExactly(created, sent, solved);
            assertThat(h.upTo(at("03-03T08:59")).orElseThrow().lastEventAt()).isEqualTo(at("03-02T09:30"));
            assertThat(h.upTo(at("03-03T09:00"))).containsSame(h);
        }

        @Test
        void snapshotAt_appliesEventsUpToTheInstantOnly() {
            CaseEvent later = CaseEvent.closed("C-1", at("03-03T09:00"));
            CaseHistory h = CaseHistory.of(List.of(created, sent, solved, later));
            assertThat(h.snapshotAt(at("03-03T08:59")).status()).isEqualTo(CaseStatus.SOLVED);
            assertThat(h.snapshotAt(at("03-03T09:00")).status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(h.snapshotAt(at("03-02T09:29")).status()).isEqualTo(CaseStatus.OPEN);
        }
    }
}

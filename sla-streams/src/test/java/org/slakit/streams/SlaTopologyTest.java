package org.slakit.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.core.BreachingSoon;
import org.slakit.core.CaseStatus;
import org.slakit.core.Channel;
import org.slakit.core.Priority;
import org.slakit.core.SlaPolicy;
import org.slakit.core.SlaState;
import org.slakit.core.history.CaseEvent;

/** Worked examples through the topology, with hand-written instants. */
class SlaTopologyTest {

    static final BusinessCalendar BERLIN = BusinessCalendar.parse("zone Europe/Berlin\nMon-Fri 09:00-17:00\n");
    static final SlaPolicy POLICY = SlaPolicy.standard(BERLIN);

    private static Instant t(String s) {
        return Instant.parse(s);
    }

    private static SlaTransition tr(TransitionKind kind, String rule, String due, String at, String cycleStart,
            String assignee) {
        return new SlaTransition("C-1042", "updates", kind, rule, Optional.of(t(due)), t(at), t(cycleStart),
                Optional.ofNullable(assignee));
    }

    /**
     * The README's loophole example: an urgent case answered Monday 10:00 (Berlin) is due Tuesday 10:00;
     * moving it to pending internal and back buys no time. Berlin is UTC+1 in early March.
     */
    @Test
    void urgentCase_pendingAndBack_breachesAtTheOriginalDue() {
        try (Harness h = new Harness(SlaTopology.builder(POLICY).inMemoryStores(true).build())) {
            h.send(CaseEvent.created("C-1042", t("2026-03-02T08:00:00Z"), Channel.EMAIL, Priority.URGENT));
            h.send(CaseEvent.assigned("C-1042", t("2026-03-02T08:00:00Z"), Optional.of("ana")));
            h.send(CaseEvent.updateSent("C-1042", t("2026-03-02T09:00:00Z")));
            h.send(CaseEvent.statusChanged("C-1042", t("2026-03-02T13:00:00Z"), CaseStatus.PENDING_INTERNAL));
            // first response (2 business hours, due 11:00 Berlin) met at 10:00 Berlin
            assertThat(updates(h)).containsExactly(
                    tr(TransitionKind.MET, "first-response", "2026-03-02T10:00:00Z", "2026-03-02T09:00:00Z",
                            "2026-03-02T08:00:00Z", "ana"));

            h.send(CaseEvent.statusChanged("C-1042", t("2026-03-03T08:30:00Z"), CaseStatus.OPEN));
            // event time passed Monday 16:00 Berlin: 6 of the 8 business hours used
            assertThat(updates(h)).hasSize(2).last().isEqualTo(
                    tr(TransitionKind.AT_RISK, "urgent-or-elevated", "2026-03-03T09:00:00Z", "2026-03-02T15:00:00Z",
                            "2026-03-02T09:00:00Z", "ana"));

            h.send(CaseEvent.updateSent("C-1042", t("2026-03-03T10:00:00Z")));
            // the breach is final (event time is past it), the update's instant is not yet: another
            // event at that instant could still join it
            assertThat(updates(h)).hasSize(3);
            // the next punctuation (every second of stream time) after event time passed 10:00 settles it
            h.send(CaseEvent.created("C-2", t("2026-03-03T10:00:05Z"), Channel.CALL, Priority.LOW));
            assertThat(updates(h)).hasSize(4).endsWith(
                    tr(TransitionKind.BREACHED, "urgent-or-elevated", "2026-03-03T09:00:00Z",
                            "2026-03-03T09:00:00.000000001Z", "2026-03-02T09:00:00Z", "ana"),
                    tr(TransitionKind.LATE, "urgent-or-elevated", "2026-03-03T09:00:00Z", "2026-03-03T10:00:00Z",
                            "2026-03-02T09:00:00Z", "ana"));
            assertThat(h.deadLetters()).isEmpty();
        }
    }

    /** Events at one instant act together: an update in the same instant as a change that would put the case at risk ends the cycle in time. */
    @Test
    void eventsAtOneInstant_actTogether() {
        try (Harness h = new Harness(SlaTopology.builder(POLICY).inMemoryStores(true).build())) {
            h.send(CaseEvent.created("C-1042", t("2026-03-02T08:00:00Z"), Channel.EMAIL, Priority.NORMAL));
            // raised to emergency at 09:30 Berlin: due 10:30 Berlin, at risk from 10:15 Berlin
            h.send(CaseEvent.priorityChanged("C-1042", t("2026-03-02T09:15:00Z"), Priority.EMERGENCY));
            h.send(CaseEvent.updateSent("C-1042", t("2026-03-02T09:15:00Z")));
            h.send(CaseEvent.customerMessage("C-1042", t("2026-03-02T09:16:00Z")));
            assertThat(updates(h)).containsExactly(
                    tr(TransitionKind.MET, "first-response", "2026-03-02T10:00:00Z", "2026-03-02T09:15:00Z",
                            "2026-03-02T08:00:00Z", null));
        }
    }

    /** The update cadence's transitions so far (these examples are about it; the duration clocks have their own). */
    private static List<SlaTransition> updates(Harness h) {
        return h.transitions().stream().filter(t -> t.clock().equals(SlaTransition.UPDATES)).toList();
    }

    @Test
    void solvedCase_stopsItsCycle_andReopeningStartsAnother() {
        try (Harness h = new Harness(SlaTopology.builder(POLICY).inMemoryStores(true).build())) {
            h.send(CaseEvent.created("C-1042", t("2026-03-02T08:00:00Z"), Channel.CHAT, Priority.LOW));
            h.send(CaseEvent.solved("C-1042", t("2026-03-02T12:00:00Z")));
            h.send(CaseEvent.reopened("C-1042", t("2026-03-04T08:00:00Z")));
            h.send(CaseEvent.customerMessage("C-1042", t("2026-03-04T08:00:00.001Z")));
            assertThat(updates(h)).containsExactly(
                    tr(TransitionKind.AT_RISK, "first-response", "2026-03-02T10:00:00Z", "2026-03-02T09:30:00Z",
                            "2026-03-02T08:00:00Z", null),
                    tr(TransitionKind.BREACHED, "first-response", "2026-03-02T10:00:00Z",
                            "2026-03-02T10:00:00.000000001Z", "2026-03-02T08:00:00Z", null),
                    tr(TransitionKind.STOPPED, "first-response", "2026-03-02T10:00:00Z", "2026-03-02T12:00:00Z",
                            "2026-03-02T08:00:00Z", null));
            // the 24-hour resolution clock from creation (08:00Z) is met at the solve, 4 of its hours used;
            // reopened, it resumes with 20 hours left (due 03-05 04:00Z, at risk from 03-04 22:00Z): not yet
            assertThat(h.transitions()).filteredOn(t -> t.clock().equals("resolution")).containsExactly(
                    new SlaTransition("C-1042", "resolution", TransitionKind.MET, "resolution",
                            Optional.of(t("2026-03-03T08:00:00Z")), t("2026-03-02T12:00:00Z"),
                            t("2026-03-02T08:00:00Z"), Optional.empty()));
            // the reopened case runs again: first response from the reopening, due 11:00 Berlin
            BreachingSoonPage page = h.sla.breachingSoon(h.cases(), BreachingSoon.of(POLICY)
                    .withHorizon(Duration.ofHours(2)), t("2026-03-04T08:30:00Z"));
            assertThat(page.entries()).containsExactly(new BreachingSoonPage.Entry("C-1042", SlaState.ON_TRACK,
                    "first-response", t("2026-03-04T10:00:00Z"), Optional.empty()));
            // event time past the resumed resolution clock's at-risk and due instants
            h.send(CaseEvent.created("C-2", t("2026-03-05T05:00:00Z"), Channel.CALL, Priority.LOW));
            assertThat(h.transitions()).filteredOn(t -> t.clock().equals("resolution")).endsWith(
                    new SlaTransition("C-1042", "resolution", TransitionKind.AT_RISK, "resolution",
                            Optional.of(t("2026-03-05T04:00:00Z")), t("2026-03-04T22:00:00Z"),
                            t("2026-03-02T08:00:00Z"), Optional.empty()),
                    new SlaTransition("C-1042", "resolution", TransitionKind.BREACHED, "resolution",
                            Optional.of(t("2026-03-05T04:00:00Z")), t("2026-03-05T04:00:00.000000001Z"),
                            t("2026-03-02T08:00:00Z"), Optional.empty()));
        }
    }

    /**
     * A duration clock's view over the store: an urgent case (8 hours on clock {@code fix}, which pauses in
     * pending customer) open 03:00-09:30Z, so 6.5 of 8 hours used (81%, at risk from 6 hours), then
     * waiting on the customer: at 11:00Z it is at risk and paused, with no due instant until it resumes.
     */
    @Test
    void breachingSoonOfADurationClock_isTimedOnTheStatusLogTheStateKeeps() {
        SlaPolicy policy = BreachingSoonPageProperties.CLOCKS;
        try (Harness h = new Harness(SlaTopology.builder(policy).inMemoryStores(true).build())) {
            h.send(CaseEvent.created("K-5", t("2026-03-04T03:00:00Z"), Channel.EMAIL, Priority.URGENT));
            h.send(CaseEvent.statusChanged("K-5", t("2026-03-04T09:30:00Z"), CaseStatus.PENDING_CUSTOMER));
            BreachingSoonPage page = h.sla.breachingSoon(h.cases(), BreachingSoon.of(policy).forClock("fix")
                    .withHorizon(Duration.ofHours(1)), t("2026-03-04T11:00:00Z"));
            assertThat(page.clock()).isEqualTo("fix");
            assertThat(page.entries()).containsExactly(new BreachingSoonPage.Entry("K-5", SlaState.AT_RISK,
                    "urgent", Optional.empty(), Optional.empty()));
            // back with the customer's answer at 12:00Z: 1.5 hours left, due 13:30Z
            h.send(CaseEvent.statusChanged("K-5", t("2026-03-04T12:00:00Z"), CaseStatus.OPEN));
            assertThat(h.sla.breachingSoon(h.cases(), BreachingSoon.of(policy).forClock("fix")
                    .withHorizon(Duration.ofHours(1)), t("2026-03-04T12:00:00Z")).entries())
                    .containsExactly(new BreachingSoonPage.Entry("K-5", SlaState.AT_RISK, "urgent",
                            Optional.of(t("2026-03-04T13:30:00Z")), Optional.empty()));
        }
    }

    @Test
    void builder_rejectsBadValues_namingThem() {
        assertThatThrownBy(() -> SlaTopology.builder(POLICY).punctuationInterval(Duration.ofNanos(10)))
                .hasMessage("Punctuation interval PT0.00000001S is too short: expected at least 1 millisecond");
        assertThatThrownBy(() -> SlaTopology.builder(POLICY).maxAhead(Duration.ofHours(-1)))
                .hasMessage("Max ahead PT-1H is negative: expected zero or more");
        assertThatThrownBy(() -> SlaTopology.builder(POLICY).inputTopic(" "))
                .hasMessage("The input topic must not be blank");
        assertThatThrownBy(() -> SlaTopology.builder(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("policy");
    }

    @Test
    void topology_namesItsStoresAndTopics() {
        SlaTopology sla = SlaTopology.builder(POLICY).storePrefix("acme").inputTopic("in").build();
        assertThat(List.of(sla.casesStore(), sla.timersStore(), sla.metaStore()))
                .containsExactly("acme-cases", "acme-timers", "acme-meta");
        assertThat(sla.topology().describe().toString()).contains("in", "acme-cases", "sla-transitions",
                "sla-dead-letters");
    }
}
